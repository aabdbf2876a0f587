import {
  isLive,
  type Answer,
  type Audit,
  type AuditContent,
  type PreparationAnswer,
} from '@core/audit'
import type { WorkbookDatabase } from '../database'

/** The audit, unless it is missing or deleted. */
export async function liveAudit(db: WorkbookDatabase, id: string): Promise<Audit | undefined> {
  const audit = await db.audits.get(id)
  return audit && isLive(audit) ? audit : undefined
}

/** Every audit row, deleted ones included (the audits screen tells them apart). */
export function allAudits(db: WorkbookDatabase): Promise<Audit[]> {
  return db.audits.toArray()
}

/** The content the audit was started with, frozen. */
export function auditContent(
  db: WorkbookDatabase,
  auditId: string,
): Promise<AuditContent | undefined> {
  return db.auditContents.get(auditId)
}

export function answersOf(db: WorkbookDatabase, auditId: string): Promise<Answer[]> {
  return db.answers.where('auditId').equals(auditId).toArray()
}

/** One answer, if the question has been touched. */
export function answerOf(
  db: WorkbookDatabase,
  key: { auditId: string; sectionId: string; questionId: string },
): Promise<Answer | undefined> {
  return db.answers.get([key.auditId, key.sectionId, key.questionId])
}

export function preparationAnswersOf(
  db: WorkbookDatabase,
  auditId: string,
): Promise<PreparationAnswer[]> {
  return db.preparationAnswers.where('auditId').equals(auditId).toArray()
}

/** A live audit with its content and answers: what scoring it takes. */
export interface AuditRecord {
  audit: Audit
  content: AuditContent
  answers: Answer[]
}

/** The audit with its content and answers; undefined when it is missing, deleted or has no content. */
export async function auditRecord(
  db: WorkbookDatabase,
  id: string,
): Promise<AuditRecord | undefined> {
  const [audit, content] = await Promise.all([liveAudit(db, id), auditContent(db, id)])
  if (!audit || !content) return undefined
  return { audit, content, answers: await answersOf(db, id) }
}
