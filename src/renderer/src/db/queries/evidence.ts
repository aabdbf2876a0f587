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
