/** Maturity scoring (PRODUCT.md §6): pure functions of the frozen content and the answers. */

export * from './model'
export {
  blockersOf,
  coverageOf,
  ratingLookup,
  ratingValue,
  RATING_VALUES,
  scoreOutcome,
  scoreSection,
  weightedMean,
} from './score-section'
export type { AnswerSource } from './score-section'
export { scoreAudit } from './score-audit'
export { compareScores, percentDelta } from './compare'
export type { OutcomeChange, SectionChange } from './compare'
export { describeScoringMethod, scoringMethodText } from './method'
export type { MethodBlock } from './method'
