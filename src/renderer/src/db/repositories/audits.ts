import { forgetSharedAudit } from '../../team/shared-audits'
import type { ContentPack } from '@core/content'
import {
  duplicateAudit,
  editProblem,
  interviewOrder,
  isPastUndo,
  snapshotContent,
  type Audit,
  type AuditDraft,
  type AuditStatus,
} from '@core/audit'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../database'
import { systemClock, type Clock } from './clock'

export async function createAudit(
  db: WorkbookDatabase,
  draft: AuditDraft,
  packs: readonly ContentPack[],
  clock: Clock = systemClock,
): Promise<Audit> {
  const id = clock.newId()
  const now = clock.now()
  const content = snapshotContent(id, packs, draft.sectionIds)
  const audit: Audit = {
    id,
    ...draft,
    status: 'draft',
    questionCount: interviewOrder(content).length,
    createdAt: now,
    updatedAt: now,
  }
  await db.transaction('rw', db.audits, db.auditContents, async () => {
    await db.audits.add(audit)
    await db.auditContents.add(content)
  })
  return audit
}

/** Edits the audit's details. The scope is fixed once created: its content is frozen. */
export async function updateAuditDetails(
  db: WorkbookDatabase,
  id: string,
  details: Omit<AuditDraft, 'sectionIds'>,
  clock: Clock = systemClock,
): Promise<void> {
  await db.transaction('rw', db.audits, async () => {
    await requireEditable(db, id)
    await db.audits.update(id, { ...details, updatedAt: clock.now() })
  })
}

export async function setAuditStatus(
  db: WorkbookDatabase,
  id: string,
  status: AuditStatus,
  clock: Clock = systemClock,
): Promise<void> {
  await db.audits.update(id, { status, updatedAt: clock.now() })
}

export async function setArchived(
  db: WorkbookDatabase,
  id: string,
  archived: boolean,
  clock: Clock = systemClock,
): Promise<void> {
  const patch = archived ? { archivedAt: clock.now() } : { archivedAt: undefined }
  await db.audits.update(id, patch)
}

/** Hides the audit at once; `restoreDeletedAudit` brings it back until it is purged. */
export async function deleteAudit(
  db: WorkbookDatabase,
  id: string,
  clock: Clock = systemClock,
): Promise<void> {
  await db.audits.update(id, { deletedAt: clock.now() })
}

export async function restoreDeletedAudit(db: WorkbookDatabase, id: string): Promise<void> {
  await db.audits.update(id, { deletedAt: undefined })
}

/** Removes for good every audit deleted longer ago than the undo window, with all its rows. */
export async function purgeDeletedAudits(
  db: WorkbookDatabase,
  clock: Clock = systemClock,
): Promise<number> {
  const now = clock.now()
  const expiredNow = () => db.audits.filter((a) => isPastUndo(a, now)).primaryKeys()
  // This runs at every start, nearly always with nothing to purge: looking first, read-only,
  // keeps the write lock below from holding up the audits screen's first reads for nothing.
  if ((await expiredNow()).length === 0) return 0
  return db.transaction(
    'rw',
    [
      db.audits,
      db.auditContents,
      db.answers,
      db.preparationAnswers,
      db.findingEdits,
      db.narratives,
      db.teamAudits,
      db.teamOutbox,
      db.teamRevs,
      db.teamConflicts,
      db.teamDocs,
    ],
    async () => {
      const expired = await expiredNow()
      for (const id of expired) {
        // First, so purging this laptop's copy of a shared audit deletes nothing on the server.
        await forgetSharedAudit(db, id, { at: now })
        await db.answers.where('auditId').equals(id).delete()
        await db.narratives.where('auditId').equals(id).delete()
        await db.preparationAnswers.where('auditId').equals(id).delete()
        await db.findingEdits.where('auditId').equals(id).delete()
        await db.auditContents.delete(id)
        await db.audits.delete(id)
      }
      return expired.length
    },
  )
}

export interface DuplicateRequest {
  carryAnswers: boolean
  startDate: string
}

/** A re-assessment: a new audit linked to `sourceId`, in one transaction. */
export async function duplicateAuditById(
  db: WorkbookDatabase,
  sourceId: string,
  request: DuplicateRequest,
  clock: Clock = systemClock,
): Promise<Audit> {
  return db.transaction(
    'rw',
    [db.audits, db.auditContents, db.answers, db.preparationAnswers],
    async () => {
      const source = await db.audits.get(sourceId)
      const content = await db.auditContents.get(sourceId)
      if (!source || !content) throw new UserFacingError('That audit no longer exists.')
      const answers = await db.answers.where('auditId').equals(sourceId).toArray()
      const preparation = await db.preparationAnswers.where('auditId').equals(sourceId).toArray()
      const copy = duplicateAudit(source, content, answers, preparation, {
        ...request,
        newId: clock.newId(),
        now: clock.now(),
      })
      await db.audits.add(copy.audit)
      await db.auditContents.add(copy.content)
      await db.answers.bulkAdd(copy.answers)
      await db.preparationAnswers.bulkAdd(copy.preparation)
      return copy.audit
    },
  )
}

/** The audit, if it may be changed (see `editProblem`); read inside the caller's transaction. */
export async function requireEditable(db: WorkbookDatabase, id: string): Promise<Audit> {
  const audit = await db.audits.get(id)
  const problem = editProblem(audit)
  if (problem !== undefined) throw new UserFacingError(problem)
  return audit!
}
