import type { NarrativePart } from '@core/narrative'
import type { WorkbookDatabase } from '../database'
import { liveAudit } from './audits'

/** Every part written for the audit; none while the audit is deleted (it may be restored). */
export async function narrativeRowsOf(
  db: WorkbookDatabase,
  auditId: string,
): Promise<NarrativePart[]> {
  return db.transaction('r', db.audits, db.narratives, async () => {
    if (!(await liveAudit(db, auditId))) return []
    return db.narratives.where('auditId').equals(auditId).toArray()
  })
}
