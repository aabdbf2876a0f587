import { formatByteSize, formatOversize } from '../text/byte-size'
import { MAX_PACK_BYTES } from './pack-limits'
import { contentPackSchema } from './schema'
import type { ContentPack } from './schema'
import { packErrorMap, toPackErrors } from './pack-errors'
import type { PackError } from './pack-errors'

/**
 * The one door every pack comes through (the built-in one, an imported file, an archive's copy):
 * the schema, its cross-field rules, and a guard for text that is not JSON at all.
 */

export type PackParseResult = { ok: true; pack: ContentPack } | { ok: false; errors: PackError[] }

export { MAX_PACK_BYTES }

/** Validates an already-parsed value; defaults (weight 1, threshold 0.75) are filled in. */
export function parseContentPack(input: unknown): PackParseResult {
  const result = contentPackSchema.safeParse(input, { error: packErrorMap })
  if (result.success) return { ok: true, pack: result.data }
  return { ok: false, errors: toPackErrors(result.error.issues) }
}

/** Validates the text of a pack file: size first, then JSON syntax, then the pack itself. */
export function parseContentPackJson(text: string): PackParseResult {
  const tooLarge = packSizeProblem(utf8ByteLength(text))
  if (tooLarge) return fail(tooLarge)
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return fail('is empty; a content pack is a JSON object')

  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    return fail(describeJsonError(body, error))
  }
  return parseContentPack(value)
}

function fail(message: string): PackParseResult {
  return { ok: false, errors: [{ path: '', message }] }
}

/** Why a pack of this many bytes is refused unread, or undefined when its size is allowed. */
export function packSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_PACK_BYTES) return undefined
  return `is too large (${formatOversize(bytes, MAX_PACK_BYTES)}); a content pack may be at most ${formatByteSize(MAX_PACK_BYTES)}`
}

/** The UTF-8 size of a string, without TextEncoder (src/core targets plain ES). */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4 // a surrogate pair: one code point beyond the BMP
      i++
    } else bytes += 3
  }
  return bytes
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Turns the engine's JSON.parse message into one a person can act on, with the line and column
 * counted here (engines differ in whether and how they report a position).
 */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  const position = /at position (\d+)/.exec(raw)?.[1]
  const reason = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .trim()
  const offset = position === undefined ? undefined : Number(position)
  if (/end of JSON input/i.test(raw) || (offset !== undefined && offset >= text.length))
    return 'is not valid JSON: it ends too early (is the file complete?)'
  if (offset === undefined) return `is not valid JSON: ${reason}`
  const { line, column } = lineAndColumn(text, offset)
  return `is not valid JSON: ${reason} at line ${line}, column ${column}`
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lines = before.split('\n')
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 }
}
