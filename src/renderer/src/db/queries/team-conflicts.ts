import type { ConflictRow } from '../../team/team-rows'
import type { WorkbookDatabase } from '../database'

/*
 * Reads of an audit's conflicts (issue 18). A conflict is open until the consultant chooses or
 * merges (`resolvedAt`), even while the resolution still waits to be sent.
 */

/** The audit's open conflicts, oldest first (found at once: by document, for a stable list). */
export async function openConflictsOf(
  db: WorkbookDatabase,
  auditId: string,
): Promise<ConflictRow[]> {
  const rows = await db.teamConflicts.where('auditId').equals(auditId).toArray()
  return rows
    .filter((row) => row.resolvedAt === undefined)
    .sort((a, b) => a.detectedAt - b.detectedAt || a.docId.localeCompare(b.docId))
}

/** The open conflict of one document of the audit (e.g. `answer:<section>:<question>`), or null. */
export async function openConflictOf(
  db: WorkbookDatabase,
  auditId: string,
  docId: string,
): Promise<ConflictRow | null> {
  const row = await db.teamConflicts.get([auditId, docId])
  return row && row.resolvedAt === undefined ? row : null
}

/** Whether the audit is shared through the team workspace. */
export async function isAuditShared(db: WorkbookDatabase, auditId: string): Promise<boolean> {
  return (await db.teamAudits.get(auditId)) !== undefined
}
