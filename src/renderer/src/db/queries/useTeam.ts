import { useLiveQuery } from 'dexie-react-hooks'
import type { TeamAuditRow, TeamDocRow } from '../../team/team-rows'
import { useDatabase } from '../DatabaseContext'
import { allTeamAudits, teamAuditOf, teamDocsOf } from './team'

/*
 * Live reads of what the team workspace keeps beside the audits (issue 18); each returns
 * undefined while loading.
 */

/** Every shared audit by its id. */
export function useTeamAudits(): Map<string, TeamAuditRow> | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => new Map((await allTeamAudits(db)).map((row) => [row.auditId, row])),
    [db],
  )
}

/**
 * The audit's sharing; null when it is not shared. Undefined until this audit's is read: a live
 * query keeps its previous audit's answer until then, which a form would start from.
 */
export function useTeamAudit(auditId: string): TeamAuditRow | null | undefined {
  const db = useDatabase()
  const read = useLiveQuery(
    async () => ({ auditId, row: (await teamAuditOf(db, auditId)) ?? null }),
    [db, auditId],
  )
  return read?.auditId === auditId ? read.row : undefined
}

export function useTeamDocs(auditId: string): TeamDocRow[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => teamDocsOf(db, auditId), [db, auditId])
}
