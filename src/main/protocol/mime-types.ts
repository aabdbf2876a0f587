/**
 * Content types for what the renderer build can contain. An explicit table rather than a
 * library: the set is small, and with `X-Content-Type-Options: nosniff` a wrong type breaks
 * loading loudly instead of being guessed.
 */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export const FALLBACK_MIME_TYPE = 'application/octet-stream'

/** The content type for a file name, by its (case-insensitive) extension. */
export function mimeTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  if (dot < 0) return FALLBACK_MIME_TYPE
  return MIME_TYPES[fileName.slice(dot).toLowerCase()] ?? FALLBACK_MIME_TYPE
}
