import { MAX_PACK_BYTES, parseContentPackJson, type PackParseResult } from '@core/content'

/** A pack file's bytes as the user chose them: UTF-8 text, then the pack inside it. */
export function parsePackFile(bytes: Uint8Array): PackParseResult {
  if (bytes.length > MAX_PACK_BYTES)
    return fail(
      `is too large (${(bytes.length / (1024 * 1024)).toFixed(1)} MB); a content pack may be at most ${MAX_PACK_BYTES / (1024 * 1024)} MB`,
    )
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('is not UTF-8 text; a content pack is a JSON file')
  }
  return parseContentPackJson(text)
}

function fail(message: string): PackParseResult {
  return { ok: false, errors: [{ path: '', message }] }
}
