import { toHex } from '@core/evidence'

/** Lower-case hex SHA-256 of the bytes, with WebCrypto (hashed off the main thread in Chromium). */
export async function sha256Hex(data: Blob | ArrayBuffer): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data
  return toHex(await crypto.subtle.digest('SHA-256', bytes))
}
