import { toHex } from '@core/evidence'

/**
 * Lower-case hex SHA-256 of the bytes, with WebCrypto (which Chromium runs off the main thread).
 * The one hash of the renderer and its workers: evidence at capture, archives and their checks.
 */
export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data
  return toHex(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
}
