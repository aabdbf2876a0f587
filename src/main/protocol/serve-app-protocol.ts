import { readFile as fsReadFile } from 'node:fs/promises'
import type { CustomScheme, Protocol } from 'electron'
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from '@shared/csp'
import { resolveAppRequest } from './resolve-app-request'

/**
 * `standard` gives the renderer a real origin (`app://workbook`) under which IndexedDB is kept;
 * `secure` makes it a secure context (crypto.subtle, storage.persist). Neither may ever change:
 * PRODUCT.md §13 — a different origin is an empty database.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    stream: true,
    codeCache: true,
  },
}

/** Must run before the app's `ready` event, or Chromium treats `app:` as an opaque scheme. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The files change with every release; never let a stale bundle meet a newer database.
  'Cache-Control': 'no-cache',
}

type ReadFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>

/**
 * The `app:` protocol handler: the renderer build, read from disk, under the app's CSP. The
 * policy is asked for each response: it names the team server while one is connected, so a page
 * loaded after connecting may reach it (a page keeps the policy it was loaded with).
 */
export function createAppProtocolHandler(
  rendererRoot: string,
  readFile: ReadFile = fsReadFile,
  policy: () => string = () => CONTENT_SECURITY_POLICY,
): (request: Request) => Promise<Response> {
  const headers = () => ({ ...COMMON_HEADERS, 'Content-Security-Policy': policy() })
  const notFound = (): Response =>
    new Response('Not found', {
      status: 404,
      headers: { ...headers(), 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...headers(), Allow: 'GET, HEAD' } })
    }
    const resolved = resolveAppRequest(request.url, rendererRoot)
    if (resolved.status === 404) return notFound()
    let bytes: Uint8Array<ArrayBuffer>
    try {
      bytes = await readFile(resolved.filePath)
    } catch {
      return notFound() // missing file, or a folder
    }
    return new Response(request.method === 'HEAD' ? null : bytes, {
      status: 200,
      headers: { ...headers(), 'Content-Type': resolved.mimeType },
    })
  }
}

/** Serves the renderer on the default session; call once the app is ready. */
export function serveAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rendererRoot: string,
  policy?: () => string,
): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, undefined, policy))
}
