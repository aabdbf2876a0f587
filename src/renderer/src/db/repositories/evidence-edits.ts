import { isLive, isPastUndo } from '@core/audit'
import { MAX_CAPTION_LENGTH, type EvidenceItem } from '@core/evidence'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../database'
import { requireEditable } from './audits'
import { systemClock, type Clock } from './clock'
import { removeEvidenceRows } from './evidence'

/** Changes one item of an editable audit, in one transaction with the audit's check. */
async function editItem(
  db: WorkbookDatabase,
  id: string,
  change: (item: EvidenceItem) => Partial<EvidenceItem> | undefined,
): Promise<void> {
  await db.transaction('rw', db.audits, db.evidence, async () => {
    const item = await db.evidence.get(id)
    if (!item || !isLive(item)) {
      throw new UserFacingError('This evidence no longer exists.')
    }
    await requireEditable(db, item.auditId)
    const patch = change(item)
    if (patch) await db.evidence.update(id, patch)
  })
}

export async function updateEvidenceCaption(
  db: WorkbookDatabase,
  id: string,
  caption: string,
): Promise<void> {
  const trimmed = caption.trim()
  if (trimmed.length > MAX_CAPTION_LENGTH) {
    throw new UserFacingError(`A caption must be at most ${MAX_CAPTION_LENGTH} characters.`)
  }
  await editItem(db, id, (item) => (item.caption === trimmed ? undefined : { caption: trimmed }))
}

/** Marks the item for the firm only (the client edition leaves it out), or client-visible again. */
export async function setEvidenceInternal(
  db: WorkbookDatabase,
  id: string,
  internal: boolean,
): Promise<void> {
  // Client-visible is stored as the field's absence, as on items made before editions existed.
  await editItem(db, id, (item) =>
    (item.internal ?? false) === internal ? undefined : { internal: internal || undefined },
  )
}

/** Lets the item support one more question (`sectionId/questionId`). */
export async function linkEvidence(
  db: WorkbookDatabase,
  id: string,
  questionKey: string,
): Promise<void> {
  await editItem(db, id, (item) =>
    item.questionKeys.includes(questionKey)
      ? undefined
      : { questionKeys: [...item.questionKeys, questionKey] },
  )
}

/** Stops the item supporting a question; it stays in the locker, linked to the others. */
export async function unlinkEvidence(
  db: WorkbookDatabase,
  id: string,
  questionKey: string,
): Promise<void> {
  await editItem(db, id, (item) =>
    item.questionKeys.includes(questionKey)
      ? { questionKeys: item.questionKeys.filter((k) => k !== questionKey) }
      : undefined,
  )
}

/** Hides the item at once; `restoreEvidence` brings it back until it is purged. */
export async function deleteEvidence(
  db: WorkbookDatabase,
  id: string,
  clock: Clock = systemClock,
): Promise<void> {
  await editItem(db, id, () => ({ deletedAt: clock.now() }))
}

export async function restoreEvidence(db: WorkbookDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.audits, db.evidence, async () => {
    const item = await db.evidence.get(id)
    if (!item) throw new UserFacingError('This evidence was already removed for good.')
    await requireEditable(db, item.auditId)
    await db.evidence.update(id, { deletedAt: undefined })
  })
}

/**
 * Removes for good every item deleted longer ago than the undo window, and the evidence of
 * audits that no longer exist (purged by `purgeDeletedAudits`), with all their bytes.
 */
export async function purgeDeletedEvidence(
  db: WorkbookDatabase,
  clock: Clock = systemClock,
): Promise<number> {
  const now = clock.now()
  const expired = await db.transaction('r', db.audits, db.evidence, async () => {
    const auditIds = new Set(await db.audits.toCollection().primaryKeys())
    return db.evidence.filter((e) => !auditIds.has(e.auditId) || isPastUndo(e, now)).primaryKeys()
  })
  if (expired.length > 0) await removeEvidenceRows(db, expired)
  return expired.length
}
