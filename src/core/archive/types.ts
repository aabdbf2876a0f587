import type { Answer, Audit, AuditContent, PreparationAnswer } from '../audit/model'
import type { EvidenceBlobRole, EvidenceItem } from '../evidence/model'
import type { FindingEdit } from '../findings/model'
import type { NarrativePart } from '../narrative'
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
  /** Absent from archives written before issue 15: read as none. */
  narratives: NarrativePart[]
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

/**
 * Called between pieces of a long job, to give the thread a turn when the caller's slice of time
 * is up (the renderer's `timeSlicer`): src/core has no clock and no timers of its own.
 */
export type YieldToUi = () => Promise<void>

/** No turn given: the job runs to its end in one go (tests, Node). */
export const runOn: YieldToUi = () => Promise.resolve()

export interface ArchiveProgress {
  /** Bytes written or read so far, and in all. */
  done: number
  total: number
}
