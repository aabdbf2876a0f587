import { packSizeProblem, parseContentPackJson, type PackParseResult } from '@core/content'

/** A pack file's bytes as the user chose them: UTF-8 text, then the pack inside it. */
export function parsePackFile(bytes: Uint8Array): PackParseResult {
  const tooLarge = packSizeProblem(bytes.length)
  if (tooLarge) return fail(tooLarge)
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
