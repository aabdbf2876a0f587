/** The `.auditwb` archive (PRODUCT.md §10): writing, reading with every check, planning an import. */

export { ArchiveError, NOTHING_IMPORTED, quoteName } from './errors'
export type { ArchiveErrorCode } from './errors'
export {
  ARCHIVE_EXTENSION,
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  DATA_ENTRIES,
  MANIFEST_ENTRY,
  evidenceEntryName,
  isAllowedEntryName,
} from './format'
export { DEFAULT_ARCHIVE_LIMITS } from './limits'
export type { ArchiveLimits } from './limits'
export { buildArchive, writeArchive } from './write-archive'
export type { BuildArchiveOptions } from './write-archive'
export { readArchive } from './read-archive'
export { bytesSource, isStored, readArchivedFile } from './archive-source'
export type { ReadArchiveOptions } from './read-archive'
export { IMPORTED_MARK, markImported, planImport } from './plan-import'
export type {
  ImportPlan,
  PackAction,
  PlannedAudit,
  PlannedFile,
  PlannedPack,
  TakenIds,
} from './plan-import'
export type {
  ArchiveManifest,
  ArchivedPack,
  ArchivedSetting,
  EvidenceFileMeta,
  ManifestEntry,
} from './schemas'
export type {
  ArchiveContents,
  ArchiveData,
  ArchivedFile,
  ArchiveProgress,
  ArchiveSource,
  ArchiveScope,
  ArchiveSnapshot,
  CancelSignal,
  EvidenceFileSource,
  Sha256,
  YieldToUi,
} from './types'
export { decodeSettingValue, encodeSettingValue } from './setting-values'
export { decodeArchivedSettings } from './archived-settings'
export type { SettingSchemas } from './archived-settings'
