import type { WorkbookDatabase } from '../database'
import type { TeamAuditRow, TeamDocRow } from '../../team/team-rows'

/** Every shared audit, read at once (the audits screen lists hundreds: one read, not one each). */
export function allTeamAudits(db: WorkbookDatabase): Promise<TeamAuditRow[]> {
  return db.teamAudits.toArray()
}

/** The audit's sharing: its owner and people; undefined when it is not shared. */
export function teamAuditOf(
  db: WorkbookDatabase,
  auditId: string,
): Promise<TeamAuditRow | undefined> {
  return db.teamAudits.get(auditId)
}

/** The comments and section assignments of a shared audit. */
export function teamDocsOf(db: WorkbookDatabase, auditId: string): Promise<TeamDocRow[]> {
  return db.teamDocs.where('auditId').equals(auditId).toArray()
}
