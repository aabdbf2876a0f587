/**
 * How search reads text: words are runs of letters and digits, compared without case or accents
 * ("Sécurité" is found by "securite"). The index and the query use the same two functions, so a
 * word is always cut and folded the same way on both sides.
 */

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u
const COMBINING_MARKS = /\p{M}+/gu

/** Lower case without accents: the form every word is indexed and looked up in. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** The words of a text, as written (folding is MiniSearch's `processTerm`). */
export function tokenize(text: string): string[] {
  return text.split(WORD_SEPARATOR).filter((word) => word !== '')
}

/** A word as indexed, or null for one that folds to nothing. */
export function processTerm(word: string): string | null {
  const folded = foldText(word)
  return folded === '' ? null : folded
}
