import { fromBase64, toBase64 } from '../text/base64'
import type { ArchivedSetting } from './schemas'

/**
 * Settings hold any structured-cloneable value, and one holds bytes (the report's logo). An
 * archive carries JSON, so bytes travel as `{ "$base64": "…" }` and come back as a Uint8Array.
 */

type Json = ArchivedSetting['value']
const TAG = '$base64'

/** Base64 as Audit Workbook writes it; a TypeError for any other text. */
function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64(text)
  if (!bytes) throw new TypeError('is not base64 as Audit Workbook writes it')
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
    if (keys.length === 1 && typeof tagged === 'string') return bytesOf(tagged)
    return Object.fromEntries(keys.map((k) => [k, decodeSettingValue(value[k] as Json)]))
  }
  return value
}
