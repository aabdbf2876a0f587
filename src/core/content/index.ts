/** The content model (PRODUCT.md §2): the pack format, its validation, the built-in pack. */

export {
  CONTENT_PACK_FORMAT,
  CONTENT_PACK_FORMAT_VERSION,
  contentPackSchema,
  sectionSchema,
  checkSchema,
  questionSchema,
  outcomeSchema,
  preparationItemSchema,
  slug,
} from './schema'
export type {
  Check,
  ContentPack,
  ContentPackInput,
  Outcome,
  PreparationItem,
  Question,
  Section,
} from './schema'

export {
  MAX_PACK_BYTES,
  packSizeProblem,
  parseContentPack,
  parseContentPackJson,
} from './validate-pack'
export type { PackParseResult } from './validate-pack'
export { formatPackErrors, SHOWN_PACK_ERRORS } from './pack-errors'
export type { PackError } from './pack-errors'
export { findPackInconsistencies, formatPackPath } from './pack-rules'
export { compareVersions, newestVersionOf, newestVersions, whyNotInstallable } from './pack-install'
export type { PackIssue, PackPath, PackRule } from './pack-rules'

export {
  checkById,
  countSection,
  indexPack,
  outcomeOfQuestion,
  parseQuestionKey,
  questionKey,
  questionsOfOutcome,
  questionsOfSection,
  sectionById,
} from './lookup'
export type { PackIndex, QuestionKey, QuestionRef, SectionCounts } from './lookup'

export { BUILTIN_PACK_ID, BUILTIN_PACK_VERSION, builtinPack } from './builtin'
