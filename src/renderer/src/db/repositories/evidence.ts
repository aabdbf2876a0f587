import {
  EVIDENCE_BLOB_ROLES,
  evidenceSizeProblem,
  isRenderableImage,
  type EvidenceBlob,
  type EvidenceBlobRole,
  type EvidenceItem,
  type EvidenceKind,
} from '@core/evidence'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../database'
import { requireEditable } from './audits'
import { systemClock, type Clock } from './clock'
import { sha256Hex } from '../../platform/sha256'
import { evidenceBlob } from '../queries/evidence'
import { loadSetting } from '../queries/settings'
import { evidenceSizeLimitSetting, profileSetting } from '../settings/known-settings'

/** One encoded rendition of an image. */
export interface Rendition {
  blob: Blob
  mediaType: string
  width: number
  height: number
}

export interface ImageRenditions {
  /** The original's pixel size. */
  width: number
  height: number
  thumbnail: Rendition
  page: Rendition
}

/**
 * Makes an image's renditions; undefined when the bytes cannot be decoded as an image. Injected,
 * because it needs `createImageBitmap` and `OffscreenCanvas` (a worker in the app, a fake in Node).
 */
export type RenditionMaker = (
  original: Blob,
  mediaType: string,
) => Promise<ImageRenditions | undefined>

/** What is captured: the bytes and what to call them. */
export interface NewEvidence {
  auditId: string
  questionKeys: string[]
  kind: EvidenceKind
  fileName: string
  /** Media type of `bytes` (see `resolveMediaType`). */
  mediaType: string
  bytes: Blob
  caption?: string
  url?: string
}

export interface CaptureServices {
  clock?: Clock
  /** Absent: no renditions (the item is listed as a file). */
  renditions?: RenditionMaker
}

/** An item ready to be written: its metadata and every byte stream, hashed and rendered. */
export interface PreparedEvidence {
  item: EvidenceItem
  blobs: EvidenceBlob<Blob>[]
}

/**
 * Keeps one item of evidence (PRODUCT.md §5, §13) in two halves, so that a batch can prepare the
 * next file while the previous one is being written: `prepareEvidence` refuses an empty file or
 * one over the size limit, hashes the bytes and makes the renditions, writing nothing;
 * `storeEvidence` writes metadata, original and renditions in one transaction, then reads the
 * original back and checks its hash. On any failure nothing is left behind: neither metadata
 * without bytes nor bytes without metadata.
 */
export async function prepareEvidence(
  db: WorkbookDatabase,
  input: NewEvidence,
  services: CaptureServices = {},
): Promise<PreparedEvidence> {
  const clock = services.clock ?? systemClock
  const { fileName } = input
  await requireEditable(db, input.auditId)
  const limit = await loadSetting(db, evidenceSizeLimitSetting)
  const problem = evidenceSizeProblem(fileName, input.bytes.size, limit)
  if (problem) throw new UserFacingError(problem)

  // Hash exactly the bytes that are stored: one read, one Blob made from it.
  const buffer = await readBytes(input.bytes, fileName)
  const sha256 = await sha256Hex(buffer)
  const original = new Blob([buffer], { type: input.mediaType })
  const renditions =
    services.renditions && isRenderableImage(input.mediaType)
      ? await services.renditions(original, input.mediaType).catch(() => undefined)
      : undefined

  const item: EvidenceItem = {
    id: clock.newId(),
    auditId: input.auditId,
    kind: input.kind,
    fileName,
    mediaType: input.mediaType,
    size: original.size,
    sha256,
    capturedAt: clock.now(),
    capturedBy: (await loadSetting(db, profileSetting))?.auditorName ?? '',
    caption: input.caption?.trim() ?? '',
    questionKeys: [...new Set(input.questionKeys)],
    ...(input.url !== undefined ? { url: input.url } : {}),
    renditions: renditions ? ['thumbnail', 'page'] : [],
  }
  const blobs: EvidenceBlob<Blob>[] = [
    {
      evidenceId: item.id,
      role: 'original',
      mediaType: input.mediaType,
      ...(renditions ? { width: renditions.width, height: renditions.height } : {}),
      blob: original,
    },
  ]
  if (renditions) {
    for (const role of ['thumbnail', 'page'] as const) {
      const { blob, mediaType, width, height } = renditions[role]
      blobs.push({ evidenceId: item.id, role, mediaType, width, height, blob })
    }
  }
  return { item, blobs }
}

/** The writing half (see `prepareEvidence`): one transaction, then the read-back check. */
export async function storeEvidence(
  db: WorkbookDatabase,
  { item, blobs }: PreparedEvidence,
): Promise<EvidenceItem> {
  try {
    await db.transaction('rw', [db.audits, db.evidence, db.evidenceBlobs], async () => {
      await requireEditable(db, item.auditId)
      await db.evidence.add(item)
      await db.evidenceBlobs.bulkAdd(blobs)
    })
  } catch (error) {
    throw storageFailure(error, item.fileName)
  }
  await verifyWritten(db, item)
  return item
}

/** Reads the stored original back; if its bytes are not the ones hashed, removes the item. */
async function verifyWritten(db: WorkbookDatabase, item: EvidenceItem): Promise<void> {
  let intact = false
  try {
    const stored = await evidenceBlob(db, item.id, 'original')
    intact =
      stored !== undefined && stored.size === item.size && (await sha256Hex(stored)) === item.sha256
  } catch {
    intact = false
  }
  if (intact) return
  await removeEvidenceRows(db, [item.id]).catch(() => undefined)
  throw new UserFacingError(
    `“${item.fileName}” was not stored correctly: its bytes read back differently. Nothing was kept; try adding it again.`,
  )
}

/** Deletes items and every byte stream of theirs, in one transaction. */
export async function removeEvidenceRows(
  db: WorkbookDatabase,
  ids: readonly string[],
): Promise<void> {
  await db.transaction('rw', db.evidence, db.evidenceBlobs, async () => {
    await db.evidence.bulkDelete([...ids])
    await db.evidenceBlobs.bulkDelete(
      ids.flatMap((id) =>
        EVIDENCE_BLOB_ROLES.map((role): [string, EvidenceBlobRole] => [id, role]),
      ),
    )
  })
}

async function readBytes(blob: Blob, fileName: string): Promise<ArrayBuffer> {
  try {
    return await blob.arrayBuffer()
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new UserFacingError(
      `“${fileName}” could not be read (${detail}). It may have been moved or deleted; nothing was added.`,
    )
  }
}

/** A storage failure in the user's words; the transaction has already rolled everything back. */
function storageFailure(error: unknown, fileName: string): Error {
  if (error instanceof UserFacingError) return error
  if (isQuotaError(error)) {
    return new UserFacingError(
      `There is not enough storage space to keep “${fileName}”. Nothing was added. Free some disk space, then try again.`,
    )
  }
  const name = error instanceof Error ? error.name : 'Error'
  const detail = error instanceof Error ? error.message : String(error)
  return new UserFacingError(
    `“${fileName}” could not be stored (${name}: ${detail}). Nothing was added; try again.`,
  )
}

/** Quota errors come bare, or as the inner error of a Dexie AbortError (see Dexie's docs). */
function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause
  }
  return false
}
