import { foldText } from './text'

/** A piece of a snippet: marked when it is a word the query matched. */
export interface SnippetPart {
  text: string
  mark: boolean
}

const WORD = /[\p{L}\p{N}]+/gu
const ELLIPSIS = '…'

/**
 * A short extract of `text` around the first word the query matched, with every matched word in
 * it marked. `matched` holds the indexed forms (folded) of the words that matched, as MiniSearch
 * reports them, so a prefix or a near miss marks the whole word it found. A text with no match
 * (the match was in another field) gives its beginning, unmarked.
 */
export function snippet(
  text: string,
  matched: ReadonlySet<string>,
  maxLength = 140,
): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim()
  const words = [...flat.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    marked: matched.has(foldText(m[0])),
  }))
  const first = words.find((w) => w.marked)
  // Some context before the first match, starting at a word, when the text is longer than shown.
  let start = 0
  if (first && flat.length > maxLength) {
    const lead = Math.min(40, Math.floor(maxLength / 3))
    const wanted = Math.max(0, Math.min(first.start - lead, flat.length - maxLength))
    start = words.find((w) => w.start >= wanted)?.start ?? 0
    if (start > first.start) start = first.start
  }
  let end = Math.min(flat.length, start + maxLength)
  if (end < flat.length) {
    // Cut at a word boundary, unless a single word is longer than the whole extract.
    const cut = flat.lastIndexOf(' ', end)
    if (cut > start) end = cut
  }

  const parts: SnippetPart[] = []
  const push = (from: number, to: number, mark: boolean) => {
    if (to <= from) return
    const piece = flat.slice(from, to)
    const last = parts[parts.length - 1]
    if (last && last.mark === mark) last.text += piece
    else parts.push({ text: piece, mark })
  }
  if (start > 0) parts.push({ text: ELLIPSIS, mark: false })
  let at = start
  for (const word of words) {
    if (!word.marked || word.start < start || word.end > end) continue
    push(at, word.start, false)
    push(word.start, word.end, true)
    at = word.end
  }
  push(at, end, false)
  if (end < flat.length) parts.push({ text: ELLIPSIS, mark: false })
  return parts
}
