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

/**
 * The archive file, read a range at a time (a `File` in the app, bytes in tests): only what is
 * being checked at the moment is in memory, whatever the archive weighs.
 */
export interface ArchiveSource {
  readonly size: number
  /** The bytes from `start` up to `end` (exclusive), both within `size`. */
  read(start: number, end: number): Promise<Uint8Array>
  /**
   * The same, into `into` when it is large enough, which the read may detach: the bytes, and the
   * buffer to pass next time, are the returned view. A reader that walks the whole file reads
   * through it, so one buffer serves every window instead of a new one each time.
   */
  readInto?(start: number, end: number, into: ArrayBuffer): Promise<Uint8Array>
}

/** One evidence entry of a checked archive: where its bytes lie, not the bytes themselves. */
export interface ArchivedFile {
  name: string
  /** 0 stored (what the app writes), 8 deflated. */
  method: number
  /** Its bytes as they lie in the archive, from `start`. */
  start: number
  compressedSize: number
  /** Inflated. */
  size: number
  /** As the manifest lists it, and as the reader found its bytes to be. */
  sha256: string
}

/**
 * A fully validated archive: nothing in it has been written anywhere yet. The evidence stays in
 * the archive file, read again from `source` when it is imported.
 */
export interface ArchiveContents<S extends ArchiveSource = ArchiveSource> {
  manifest: ArchiveManifest
  data: ArchiveData
  /** Evidence entries by name (`evidence/<evidenceId>/<role>`). */
  files: ReadonlyMap<string, ArchivedFile>
  source: S
  /** Size of the archive file. */
  archiveBytes: number
}

/**
 * The SHA-256 of the bytes, as lower-case hex. It takes the bytes when called (WebCrypto copies
 * them), so the caller may reuse their buffer as soon as it has the promise.
 */
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
