import type { Answer, Audit, AuditContent } from '@core/audit'
import type { EvidenceItem } from '@core/evidence'
import type { FindingEdit } from '@core/findings'
import type { WorkbookDatabase } from '../database'

/**
 * What the search worker reads to build and update its index (issue 17): every audit, then one
 * audit's records at a time, and the records a write changed by their keys. Rows as stored: the
 * index decides what is live (deleted audits and items are left out there, once).
 */

export type AnswerKey = [auditId: string, sectionId: string, questionId: string]

export const allAudits = (db: WorkbookDatabase): Promise<Audit[]> => db.audits.toArray()

export const auditsByIds = (db: WorkbookDatabase, ids: string[]): Promise<(Audit | undefined)[]> =>
  db.audits.bulkGet(ids)

export const auditContentOf = (
  db: WorkbookDatabase,
  auditId: string,
): Promise<AuditContent | undefined> => db.auditContents.get(auditId)

/** An audit's answers, finding edits and evidence, read in one transaction. */
export function auditRecords(
  db: WorkbookDatabase,
  auditId: string,
): Promise<{ answers: Answer[]; edits: FindingEdit[]; evidence: EvidenceItem[] }> {
  return db.transaction('r', db.answers, db.findingEdits, db.evidence, async () => ({
    answers: await db.answers.where('auditId').equals(auditId).toArray(),
    edits: await db.findingEdits.where('auditId').equals(auditId).toArray(),
    evidence: await db.evidence.where('auditId').equals(auditId).toArray(),
  }))
}

/** Answers and finding edits of the same questions (they share a key). */
export function answersAndEdits(
  db: WorkbookDatabase,
  keys: AnswerKey[],
): Promise<{ answers: (Answer | undefined)[]; edits: (FindingEdit | undefined)[] }> {
  return db.transaction('r', db.answers, db.findingEdits, async () => ({
    answers: await db.answers.bulkGet(keys),
    edits: await db.findingEdits.bulkGet(keys),
  }))
}

export const evidenceByIds = (
  db: WorkbookDatabase,
  ids: string[],
): Promise<(EvidenceItem | undefined)[]> => db.evidence.bulkGet(ids)

/** Every evidence item, to compare a kept index's with (items do not touch their audit's row). */
export const allEvidence = (db: WorkbookDatabase): Promise<EvidenceItem[]> => db.evidence.toArray()
