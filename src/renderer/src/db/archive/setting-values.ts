import type { ArchivedSetting } from '@core/archive'

/**
 * Settings hold any structured-cloneable value, and one holds bytes (the report's logo). An
 * archive carries JSON, so bytes travel as `{ "$base64": "…" }` and come back as a Uint8Array.
 */

type Json = ArchivedSetting['value']
const TAG = '$base64'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * Standard base64, padded, as `toBase64` writes it (`atob` alone accepts spaces and no padding).
 * One character class and a length check: the same set as groups of four with a padded last
 * group, but linear (the grouped pattern took most of a second on a 2 MB logo).
 */
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/
const isPaddedBase64 = (text: string) => text.length % 4 === 0 && BASE64_CHARACTERS.test(text)

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (!isPaddedBase64(text)) throw new TypeError('is not base64 as Audit Workbook writes it')
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function encodeSettingValue(value: unknown): Json {
  if (value instanceof Uint8Array) return { [TAG]: toBase64(value) }
  if (value instanceof ArrayBuffer) return { [TAG]: toBase64(new Uint8Array(value)) }
  if (Array.isArray(value)) return value.map(encodeSettingValue)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, encodeSettingValue(v)]),
    )
  return value as Json
}

/** The value as the database keeps it; throws a TypeError on a `$base64` that is not base64. */
export function decodeSettingValue(value: Json): unknown {
  if (Array.isArray(value)) return value.map(decodeSettingValue)
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
    const tagged = value[TAG]
    if (keys.length === 1 && typeof tagged === 'string') return fromBase64(tagged)
    return Object.fromEntries(keys.map((k) => [k, decodeSettingValue(value[k] as Json)]))
  }
  return value
}
