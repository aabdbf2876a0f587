import { isLive } from '@core/audit'
import type { EvidenceBlob, EvidenceBlobRole, EvidenceItem } from '@core/evidence'
import type { WorkbookDatabase } from '../database'

/** The audit's evidence still in use, in key order. */
export async function liveEvidenceOf(
  db: WorkbookDatabase,
  auditId: string,
): Promise<EvidenceItem[]> {
  return (await db.evidence.where('auditId').equals(auditId).toArray()).filter(isLive)
}

/**
 * The evidence still in use that supports one question (`sectionId/questionId`) of an audit. Read
 * through the question-key index: the same key is in every audit of that section, but far fewer
 * items carry it than an audit of thousands holds, and the interview asks at every question.
 */
export async function liveEvidenceOfQuestion(
  db: WorkbookDatabase,
  auditId: string,
  questionKey: string,
): Promise<EvidenceItem[]> {
  return (await db.evidence.where('questionKeys').equals(questionKey).toArray()).filter(
    (item) => item.auditId === auditId && isLive(item),
  )
}

/** One item, if it is still in use. */
export async function liveEvidenceItem(
  db: WorkbookDatabase,
  id: string,
): Promise<EvidenceItem | undefined> {
  const item = await db.evidence.get(id)
  return item && isLive(item) ? item : undefined
}

/** One stored byte stream of an item, if it is there (a handle: its bytes are read on demand). */
export async function evidenceBlob(
  db: WorkbookDatabase,
  id: string,
  role: EvidenceBlobRole,
): Promise<Blob | undefined> {
  return (await db.evidenceBlobs.get([id, role]))?.blob
}

/** Each item's stored stream of one role, in the items' order; undefined where there is none. */
export function evidenceBlobsOf(
  db: WorkbookDatabase,
  items: readonly EvidenceItem[],
  role: EvidenceBlobRole,
): Promise<(EvidenceBlob<Blob> | undefined)[]> {
  // One request for every item rather than one each: a large audit has hundreds.
  return db.evidenceBlobs.bulkGet(items.map((item): [string, EvidenceBlobRole] => [item.id, role]))
}
