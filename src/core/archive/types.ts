import type { Answer, Audit, AuditContent, PreparationAnswer } from '../audit/model'
import type { EvidenceBlobRole, EvidenceItem } from '../evidence/model'
import type { FindingEdit } from '../findings/model'
import type { DataKey } from './format'
import type { ArchiveManifest, ArchivedPack, ArchivedSetting, EvidenceFileMeta } from './schemas'

/** The rows an archive carries, one array per data entry. */
export interface ArchiveData {
  audits: Audit[]
  auditContents: AuditContent[]
  answers: Answer[]
  preparationAnswers: PreparationAnswer[]
  findingEdits: FindingEdit[]
  evidence: EvidenceItem[]
  evidenceFiles: EvidenceFileMeta[]
  settings: ArchivedSetting[]
  packs: ArchivedPack[]
}

// Every data entry has its array, and every array its entry.
type SameKeys = [DataKey] extends [keyof ArchiveData]
  ? [keyof ArchiveData] extends [DataKey]
    ? true
    : false
  : false
const sameKeys: SameKeys = true
void sameKeys

export type ArchiveScope = ArchiveManifest['scope']

/** One stored byte stream to write, read only when its turn comes (one at a time in memory). */
export interface EvidenceFileSource {
  evidenceId: string
  role: EvidenceBlobRole
  size: number
  read(): Promise<Uint8Array>
}

/** What the database hands the writer. */
export interface ArchiveSnapshot {
  scope: ArchiveScope
  data: ArchiveData
  files: EvidenceFileSource[]
}

/** A fully validated archive: nothing in it has been written anywhere yet. */
export interface ArchiveContents {
  manifest: ArchiveManifest
  data: ArchiveData
  /** Evidence bytes by entry name (`evidence/<evidenceId>/<role>`). */
  files: ReadonlyMap<string, Uint8Array>
  /** The SHA-256 of each evidence entry, as the manifest lists and the reader checked it. */
  hashes: ReadonlyMap<string, string>
  /** Size of the archive file. */
  archiveBytes: number
}

export type Sha256 = (bytes: Uint8Array) => Promise<string>

/** The part of an AbortSignal the archive code needs (src/core knows no DOM). */
export interface CancelSignal {
  readonly aborted: boolean
}

/** Gives the window a turn (a `setTimeout(0)` where there are timers). */
export type YieldToUi = () => Promise<void>

export interface ArchiveProgress {
  /** Bytes written or read so far, and in all. */
  done: number
  total: number
}
