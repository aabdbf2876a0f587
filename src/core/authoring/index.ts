/**
 * Authoring content (PRODUCT.md §14): the section editor's pure domain. Drafts and their edits,
 * undo/redo, problems in a consultant's words, publishing a version with its change summary, and
 * what "Update to version N" would change in an audit.
 */

export { idFromTitle, slugify, MAX_ID_LENGTH, MAX_ID_WORDS } from './ids'
export {
  DEFAULT_ACHIEVEMENT_THRESHOLD,
  draftFromPack,
  duplicateAsCustom,
  newSectionDraft,
  packOfDraft,
  takenIdsIn,
} from './section-draft'
export type { SectionDraft, TakenIds } from './section-draft'
export type {
  CheckEdit,
  DraftEdit,
  DraftEditKind,
  OutcomeEdit,
  PreparationEdit,
  QuestionEdit,
  SectionEdit,
  SectionTextField,
} from './edit-types'
export { coalesceKeyOf, editDraft } from './edits'
export { checkIdProblem } from './check-edits'
export {
  applyEdit,
  canRedo,
  canUndo,
  closeStep,
  MAX_UNDO_STEPS,
  redo,
  startHistory,
  undo,
} from './history'
export type { DraftHistory } from './history'
export { canPublish, draftProblems, problemsAt } from './draft-problems'
export type { DraftProblem } from './draft-problems'
export { diffSection } from './section-changes'
export type { Named, QuestionDelta, Renamed, SectionChanges } from './section-changes'
export { describeSectionChanges, hasSectionChanges } from './describe-changes'
export { describePackChanges, diffPackSection, publishSection } from './publish'
export type { PackChanges, PublishedVersion, PublishResult } from './publish'
export { FIRST_VERSION, nextVersion, versionLabel } from './versions'
export { applyAuditUpgrade, planAuditUpgrade } from './audit-upgrade'
export type { AuditUpgradePlan, ScopeQuestion, SectionUpgrade } from './audit-upgrade'
export { upgradesAvailable } from './upgrades-available'
export { sectionDraftSchema } from './draft-schema'
