import path from 'node:path'
import { APP_HOST, APP_SCHEME } from '@shared/csp'
import { mimeTypeFor } from './mime-types'
import { isPathInside } from './path-containment'

export type AppRequestResolution =
  { status: 200; filePath: string; mimeType: string } | { status: 404 }

const NOT_FOUND = { status: 404 } as const

// Scheme, authority, then the raw path up to the query or fragment. The raw string is inspected
// rather than a WHATWG-normalised `URL.pathname`, so `..` and `%2e%2e` are refused, not
// silently folded away by one parser and perhaps not by another.
const APP_URL = new RegExp(`^${APP_SCHEME}://([^/?#]*)([^?#]*)`, 'i')

// After percent-decoding, a segment must be a plain file or folder name.
// `:` also keeps out Windows drive letters and NTFS alternate data streams.
// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[/\\:%\u0000-\u001f\u007f]/

function decodeSegment(raw: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null // malformed percent-encoding such as `%E0%A4%A`
  }
  if (decoded === '' || decoded === '.' || decoded === '..') return null
  return UNSAFE_SEGMENT.test(decoded) ? null : decoded
}

/**
 * Maps an `app://workbook/...` request to a file inside `rendererRoot`, or 404. Only the fixed
 * host is served; `/` is the app's `index.html`; anything that could step outside the folder
 * (dot segments, encoded separators, backslashes, NUL, double encoding) is a 404.
 */
export function resolveAppRequest(
  url: string,
  rendererRoot: string,
  pathApi: path.PlatformPath = path,
): AppRequestResolution {
  if (url.includes('\\')) return NOT_FOUND
  const match = APP_URL.exec(url)
  if (!match) return NOT_FOUND
  const [, host = '', rawPath = ''] = match
  if (host.toLowerCase() !== APP_HOST) return NOT_FOUND

  let segments: string[]
  if (rawPath === '' || rawPath === '/') {
    segments = ['index.html']
  } else {
    segments = []
    for (const raw of rawPath.slice(1).split('/')) {
      const segment = decodeSegment(raw)
      if (segment === null) return NOT_FOUND
      segments.push(segment)
    }
  }

  const filePath = pathApi.join(rendererRoot, ...segments)
  if (!isPathInside(filePath, rendererRoot, pathApi)) return NOT_FOUND
  return { status: 200, filePath, mimeType: mimeTypeFor(filePath) }
}
