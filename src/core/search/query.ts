import { processTerm, tokenize } from './text'

/** The most words a query is searched for; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_TERMS = 8
/** Longer words are cut: nobody types one, and a pasted blob must not slow the search. */
const MAX_TERM_LENGTH = 40

/** A query as searched: its folded words, and whether the last one is still being typed. */
export interface ParsedQuery {
  terms: string[]
  /** The last word is matched as a prefix: the user has not finished typing it. */
  lastIsPrefix: boolean
}

export function parseQuery(raw: string): ParsedQuery {
  const terms = tokenize(raw.slice(0, 1_000))
    .map((word) => processTerm(word.slice(0, MAX_TERM_LENGTH)))
    .filter((term): term is string => term !== null)
    .slice(0, MAX_QUERY_TERMS)
  // "fire" is typed on its way to "firewall"; "fire " is a finished word.
  const lastIsPrefix = terms.length > 0 && !/[^\p{L}\p{N}]$/u.test(raw)
  return { terms, lastIsPrefix }
}

/**
 * How far a word may be from what was typed and still match: none for short words (every
 * three-letter word is one edit from dozens), one edit from five letters, two from nine.
 */
export function fuzzinessFor(term: string): number {
  if (term.length >= 9) return 2
  if (term.length >= 5) return 1
  return 0
}
