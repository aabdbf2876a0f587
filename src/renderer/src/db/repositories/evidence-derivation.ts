import type { EvidenceEdit, EvidenceItem, EvidenceKind } from '@core/evidence'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../database'
import { sha256Hex } from '../../platform/sha256'
import { evidenceBlob } from '../queries/evidence'
import { prepareEvidence, storeEvidence, type CaptureServices } from './evidence'

/** A redacted or annotated version of an item, ready to keep (issue 16). */
export interface NewDerivedEvidence {
  /** The item it was made from, as it is stored now. */
  from: EvidenceItem
  bytes: Blob
  /** Media type of `bytes`. */
  mediaType: string
  fileName: string
  /** What was done to `from`'s bytes to make `bytes`, in order (at least one edit). */
  edits: EvidenceEdit[]
  /** Defaults to the kind of `from` (a PDF page turned into an image passes `screenshot`). */
  kind?: EvidenceKind
  /** For a derived link: its (masked) URL, which is also `bytes`. */
  url?: string
}

/**
 * Keeps a derived item beside the one it was made from, which is left exactly as it is. The new
 * item has its own bytes and SHA-256 and records the link and the edits; it supports the same
 * questions and carries the same caption. Refused when the source is gone or its bytes no longer
 * match its recorded hash, so a derivation never vouches for bytes that were not the captured ones.
 */
export async function deriveEvidence(
  db: WorkbookDatabase,
  input: NewDerivedEvidence,
  services: CaptureServices = {},
): Promise<EvidenceItem> {
  const { from } = input
  if (input.edits.length === 0)
    throw new UserFacingError('Nothing was changed, so nothing was saved.')
  const current = await db.evidence.get(from.id)
  if (!current || current.deletedAt !== undefined) {
    throw new UserFacingError(
      `“${from.fileName}” has been deleted, so the edited version was not saved.`,
    )
  }
  const stored = await evidenceBlob(db, from.id, 'original')
  if (!stored || (await sha256Hex(stored)) !== current.sha256) {
    throw new UserFacingError(
      `“${from.fileName}” no longer matches its recorded SHA-256, so the edited version was not saved. Run “Verify evidence”.`,
    )
  }
  const prepared = await prepareEvidence(
    db,
    {
      auditId: current.auditId,
      questionKeys: current.questionKeys,
      kind: input.kind ?? current.kind,
      fileName: input.fileName,
      mediaType: input.mediaType,
      bytes: input.bytes,
      caption: current.caption,
      ...(input.url !== undefined ? { url: input.url } : {}),
    },
    services,
  )
  const item: EvidenceItem = {
    ...prepared.item,
    derivation: {
      fromId: current.id,
      fromSha256: current.sha256,
      edits: input.edits,
      madeBy: prepared.item.capturedBy,
      madeAt: prepared.item.capturedAt,
    },
  }
  return storeEvidence(db, { item, blobs: prepared.blobs })
}
