import type { Audit } from '@core/audit'
import { useTeamAudit } from '../../db/queries/useTeam'
import type { TeamAuditRow } from '../../team/team-rows'
import { isFirmAdmin } from '../../team/team-status'
import { useTeamStore } from '../../team/team-store'
import { auditAccess, type AuditAccess } from './audit-access'
import { teamRoleOf, type TeamRole } from './share-people'

export interface TeamRoleOnAudit {
  /** The audit's sharing; undefined when it is not shared (or still being read). */
  row: TeamAuditRow | undefined
  /** The signed-in user's name; undefined while no workspace is connected. */
  me: string | undefined
  role: TeamRole | undefined
  /** The signed-in user is one of the firm's admins (they may change a final audit). */
  firmAdmin: boolean
  /** Whether the audit's sharing has been read (until then `row` says nothing). */
  loaded: boolean
}

/** Who the signed-in user is on the audit, live. */
export function useTeamRole(auditId: string): TeamRoleOnAudit {
  const me = useTeamStore((s) => s.account?.username)
  const firmAdmin = useTeamStore((s) => (s.account ? isFirmAdmin(s.account) : false))
  const read = useTeamAudit(auditId)
  const row = read ?? undefined
  return { row, me, role: teamRoleOf(row, me), firmAdmin, loaded: read !== undefined }
}

/** Whether the screens let the signed-in user change the audit (final, or they review it). */
export function useAuditAccess(audit: Pick<Audit, 'id' | 'status'>): AuditAccess {
  return auditAccess(audit, useTeamRole(audit.id).role)
}
