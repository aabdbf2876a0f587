import { MASK_CHAR, type TextRange } from './mask-text'

/** Characters of context shown on each side of a hit. */
const CONTEXT = 16
const EXCERPT_MASK = 6

/**
 * A line to show in a list of hits: a little of the text around it, and of the secret only its
 * first characters (enough to recognise "AKIA…" or "ghp_…"), then a short mask.
 */
export function secretExcerpt(text: string, range: TextRange): string {
  const secret = text.slice(range.start, range.end)
  const shown = secret.length >= 16 ? 4 : secret.length >= 8 ? 2 : 0
  const before = text.slice(Math.max(0, range.start - CONTEXT), range.start)
  const after = text.slice(range.end, range.end + CONTEXT)
  const line = (s: string) => s.replace(/\s+/g, ' ')
  return (
    (range.start > CONTEXT ? '…' : '') +
    line(before) +
    secret.slice(0, shown) +
    // A short mask whatever the length: the list says where, not how long.
    MASK_CHAR.repeat(EXCERPT_MASK) +
    line(after) +
    (range.end + CONTEXT < text.length ? '…' : '')
  ).trim()
}
