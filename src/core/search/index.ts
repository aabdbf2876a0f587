/** Search everything (issue 17): what is indexed, how a query matches, what a result shows. */

export * from './documents'
export { parseQuery, fuzzinessFor, MAX_QUERY_TERMS } from './query'
export type { ParsedQuery } from './query'
export { snippet } from './snippet'
export type { SnippetPart } from './snippet'
export { foldText, processTerm, tokenize } from './text'
export { SearchIndex, DEFAULT_LIMITS } from './search-index'
export type { SearchGroup, SearchHit, SearchLimits, SearchOutcome } from './search-index'
export { changedKeys } from './changed-keys'
export type { ChangedKeys } from './changed-keys'
