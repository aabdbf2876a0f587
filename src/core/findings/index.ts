/** Findings and the action plan (PRODUCT.md §7, §9). */

export * from './model'
export { deriveFindings, deriveGap, deriveTitle, gapWithoutNotes } from './derive'
export { findingsForEdition } from './for-edition'
export type { AnswerInput } from './derive'
export { deriveSeverity, describeSeverityRule, ladderTier, median } from './severity'
export type { SeverityInput } from './severity'
export { FINDING_WARNING_LABELS, findingWarnings } from './warnings'
export type { FindingWarning } from './warnings'
export { csvCell, csvRow, toCsv, CSV_LINE_END, UTF8_BOM } from './csv'
export {
  ACTION_PLAN_COLUMNS,
  actionPlanFileName,
  actionPlanRow,
  auditFileName,
  toActionPlanCsv,
} from './action-plan-csv'
export { FINDING_TEXT_LIMITS, normaliseFindingPatch } from './finding-patch'
export type { FindingEditPatch, NormalisedFindingPatch } from './finding-patch'
