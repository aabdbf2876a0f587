import { auditAfterAnswer, emptyAnswer, type Answer, type PreparationAnswer } from '@core/audit'
import type { WorkbookDatabase } from '../database'
import { requireEditable } from './audits'
import { systemClock, type Clock } from './clock'

export interface AnswerKey {
  auditId: string
  sectionId: string
  questionId: string
}

export type AnswerPatch = Partial<
  Pick<
    Answer,
    | 'rating'
    | 'notes'
    | 'notesInternal'
    | 'interviewees'
    | 'basis'
    | 'followUp'
    | 'evidenceRequests'
  >
>

/**
 * Applies one change to one answer, creating it on first touch. The first answer moves a draft
 * audit to "in progress"; a final audit refuses every change.
 */
export async function saveAnswer(
  db: WorkbookDatabase,
  key: AnswerKey,
  patch: AnswerPatch,
  clock: Clock = systemClock,
): Promise<Answer> {
  // Every keystroke of a note comes through here (PRODUCT.md §12: p95 under one frame), so the
  // transaction makes as few round trips to the database as it can: both reads at once, then
  // both writes at once, the audit written whole as just read rather than patched (an update is
  // a cursor read and write of its own).
  return db.transaction('rw', db.audits, db.answers, async () => {
    const [audit, stored] = await Promise.all([
      requireEditable(db, key.auditId),
      db.answers.get([key.auditId, key.sectionId, key.questionId]),
    ])
    const now = clock.now()
    const current = stored ?? emptyAnswer(key.auditId, key.sectionId, key.questionId, now)
    const next: Answer = { ...current, ...patch, carriedOver: false, updatedAt: now }
    await Promise.all([db.answers.put(next), db.audits.put(auditAfterAnswer(audit, now))])
    return next
  })
}

export interface PreparationKey {
  auditId: string
  sectionId: string
  itemId: string
}

export async function savePreparationAnswer(
  db: WorkbookDatabase,
  key: PreparationKey,
  patch: Partial<Pick<PreparationAnswer, 'done' | 'value'>>,
  clock: Clock = systemClock,
): Promise<void> {
  await db.transaction('rw', db.audits, db.preparationAnswers, async () => {
    const audit = await requireEditable(db, key.auditId)
    const now = clock.now()
    const current = (await db.preparationAnswers.get([key.auditId, key.sectionId, key.itemId])) ?? {
      ...key,
      done: false,
      value: '',
      updatedAt: now,
    }
    await db.preparationAnswers.put({ ...current, ...patch, updatedAt: now })
    await db.audits.update(audit.id, { updatedAt: now })
  })
}
