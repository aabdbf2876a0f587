import { richTextToPlain, type RichText } from './rich-text'

/** One paragraph (or list item) of a comparison, as the Regenerate dialog lists it. */
export interface ParagraphChange {
  change: 'kept' | 'removed' | 'added'
  text: string
}

/**
 * Past this many paragraph pairs the comparison stops looking for what the two share and lists
 * every old paragraph as removed and every new one as added: still true, and never slow.
 */
const MAX_PAIRS = 250_000

/**
 * What replacing `current` by `next` would change, paragraph by paragraph (issue 15: "Regenerate
 * draft shows what would change before it replaces anything"). Paragraphs both keep appear once,
 * in order; the rest are marked removed or added where they stand. Formatting is not compared: a
 * paragraph whose words are the same is kept.
 */
export function compareParagraphs(current: RichText, next: RichText): ParagraphChange[] {
  const before = paragraphsOf(current)
  const after = paragraphsOf(next)
  if (before.length * after.length > MAX_PAIRS) return [...before.map(removed), ...after.map(added)]
  const common = commonLengths(before, after)
  const changes: ParagraphChange[] = []
  let i = 0
  let j = 0
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      changes.push({ change: 'kept', text: before[i]! })
      i += 1
      j += 1
    } else if (common[i + 1]![j]! >= common[i]![j + 1]!) changes.push(removed(before[i++]!))
    else changes.push(added(after[j++]!))
  }
  return [...changes, ...before.slice(i).map(removed), ...after.slice(j).map(added)]
}

/** True when the comparison holds nothing but kept paragraphs. */
export function isUnchanged(changes: readonly ParagraphChange[]): boolean {
  return changes.every((c) => c.change === 'kept')
}

function paragraphsOf(doc: RichText): string[] {
  return richTextToPlain(doc)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** common[i][j]: how many paragraphs before[i..] and after[j..] share, in order. */
function commonLengths(before: readonly string[], after: readonly string[]): number[][] {
  const common = Array.from({ length: before.length + 1 }, () =>
    new Array<number>(after.length + 1).fill(0),
  )
  for (let i = before.length - 1; i >= 0; i -= 1)
    for (let j = after.length - 1; j >= 0; j -= 1)
      common[i]![j] =
        before[i] === after[j]
          ? common[i + 1]![j + 1]! + 1
          : Math.max(common[i + 1]![j]!, common[i]![j + 1]!)
  return common
}

const removed = (text: string): ParagraphChange => ({ change: 'removed', text })
const added = (text: string): ParagraphChange => ({ change: 'added', text })
