/**
 * Text redaction (issue 16): a masked passage is replaced by a fixed run of mask characters whose
 * length says only the passage's length class, so a reader cannot count the characters of a
 * password or a token.
 */

export const MASK_CHAR = '█'

/** The mask lengths, smallest first: a passage gets the first that holds it, else the last. */
const MASK_LENGTHS = [8, 16, 32] as const
/** The mask of anything longer than the last length class. */
const LONGEST_MASK = 48

/** A range of UTF-16 offsets, `end` excluded. */
export interface TextRange {
  start: number
  end: number
}

export interface MaskedText {
  text: string
  /** The masked ranges in offsets of the source text, merged and in order (the derivation's edits). */
  edits: { op: 'mask-text'; start: number; end: number }[]
}

/** The mask that replaces a passage of `length` characters. */
export function maskFor(length: number): string {
  const size = MASK_LENGTHS.find((limit) => length <= limit) ?? LONGEST_MASK
  return MASK_CHAR.repeat(size)
}

/** The ranges clamped to the text, empty ones dropped, overlapping or touching ones merged. */
export function mergeRanges(ranges: readonly TextRange[], textLength: number): TextRange[] {
  const clamped = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(r.start, textLength)),
      end: Math.max(0, Math.min(r.end, textLength)),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start)
  const merged: TextRange[] = []
  for (const range of clamped) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

/** The text with each range replaced by its mask. */
export function maskText(text: string, ranges: readonly TextRange[]): MaskedText {
  const merged = mergeRanges(ranges, text.length)
  let out = ''
  let at = 0
  for (const { start, end } of merged) {
    out += text.slice(at, start) + maskFor(end - start)
    at = end
  }
  out += text.slice(at)
  return { text: out, edits: merged.map(({ start, end }) => ({ op: 'mask-text', start, end })) }
}
