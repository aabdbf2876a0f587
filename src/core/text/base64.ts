/**
 * Standard base64 (RFC 4648 §4), padded, in plain TypeScript: core runs where neither `btoa` nor
 * `Buffer` is promised.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))
const VALUES = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i

/** Characters turned into a string at a time: `String.fromCharCode` takes a bounded argument list. */
const CHUNK = 0x8000

export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4)
  let o = 0
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out[o++] = CODES[n >> 18]!
    out[o++] = CODES[(n >> 12) & 63]!
    out[o++] = CODES[(n >> 6) & 63]!
    out[o++] = CODES[n & 63]!
  }
  const rest = bytes.length - i
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0)
    out[o++] = CODES[n >> 18]!
    out[o++] = CODES[(n >> 12) & 63]!
    out[o++] = rest === 2 ? CODES[(n >> 6) & 63]! : 61 // '='
    out[o++] = 61
  }
  let text = ''
  for (let c = 0; c < out.length; c += CHUNK)
    text += String.fromCharCode(...out.subarray(c, c + CHUNK))
  return text
}

/**
 * Standard base64, padded, as `toBase64` writes it. One character class and a length check: the
 * same set as groups of four with a padded last group, but linear (the grouped pattern took most
 * of a second on a 2 MB logo).
 */
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/

export function isPaddedBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64_CHARACTERS.test(text)
}

/** The bytes of padded standard base64; undefined for any other text. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!isPaddedBase64(text)) return undefined
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array((text.length / 4) * 3 - padding)
  let b = 0
  for (let i = 0; i < text.length; i += 4) {
    // Padding reads as zero bits; the pattern above has already placed it at the end only.
    const n =
      (VALUES[text.charCodeAt(i)]! << 18) |
      (VALUES[text.charCodeAt(i + 1)]! << 12) |
      (Math.max(VALUES[text.charCodeAt(i + 2)]!, 0) << 6) |
      Math.max(VALUES[text.charCodeAt(i + 3)]!, 0)
    bytes[b++] = n >> 16
    if (b < bytes.length) bytes[b++] = (n >> 8) & 255
    if (b < bytes.length) bytes[b++] = n & 255
  }
  return bytes
}
