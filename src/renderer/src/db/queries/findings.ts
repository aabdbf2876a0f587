import type { FindingEdit } from '@core/findings'
import type { WorkbookDatabase } from '../database'

/** The consultant's edits to the audit's findings, one per question touched. */
export function findingEditsOf(db: WorkbookDatabase, auditId: string): Promise<FindingEdit[]> {
  return db.findingEdits.where('auditId').equals(auditId).toArray()
}
