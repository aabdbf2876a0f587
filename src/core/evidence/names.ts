import type { EvidenceItem } from './model'

/** A pasted screenshot's name from its capture time: "Screenshot 2026-11-28 at 09.14.05.png". */
export function screenshotFileName(at: Date, mediaType = 'image/png'): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const time = `${pad(at.getHours())}.${pad(at.getMinutes())}.${pad(at.getSeconds())}`
  const extension = mediaType === 'image/jpeg' ? 'jpg' : (mediaType.split('/')[1] ?? 'png')
  return `Screenshot ${date} at ${time}.${extension}`
}

/**
 * The name a saved copy gets: the file's own name, and for links and snippets (whose name is a
 * title) a `.txt` extension, since their bytes are plain UTF-8 text.
 */
export function copyFileName(item: Pick<EvidenceItem, 'kind' | 'fileName'>): string {
  const name = item.fileName.trim() || 'evidence'
  if (item.kind === 'link' || item.kind === 'snippet') {
    return /\.txt$/i.test(name) ? name : `${name}.txt`
  }
  return name
}

/** The first and last characters of a hash, enough to tell items apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.length <= 20 ? sha256 : `${sha256.slice(0, 10)}…${sha256.slice(-6)}`
}

/** Lower-case hex of bytes, as SHA-256 values are written everywhere in the app. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let hex = ''
  for (const byte of view) hex += byte.toString(16).padStart(2, '0')
  return hex
}
