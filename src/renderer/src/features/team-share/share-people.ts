import type { TeamAuditRow } from '../../team/team-rows'

/** Who someone is on a shared audit, as the screens decide what to offer them. */
export type TeamRole = 'owner' | 'consultant' | 'reviewer'

type People = Pick<TeamAuditRow, 'owner' | 'consultants' | 'reviewers'>

/**
 * The user names typed into the share dialog: separated by commas, semicolons or new lines
 * (a list pasted from an e-mail), trimmed, without blanks and without repeats.
 */
export function parseNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  ]
}

/** What the signed-in user is on the audit; undefined when they are not on it or not signed in. */
export function teamRoleOf(row: People | undefined, me: string | undefined): TeamRole | undefined {
  if (!row || !me) return undefined
  if (row.owner === me) return 'owner'
  // A name in both lists is a reviewer: the server's rule refuses their changes.
  if (row.reviewers.includes(me)) return 'reviewer'
  if (row.consultants.includes(me)) return 'consultant'
  return undefined
}

/**
 * Who else is on a shared audit, in one line for the audits screen: the people the signed-in
 * user shares it with, or who shared it with them. Undefined for an audit that is not shared.
 */
export function describeSharing(
  row: People | undefined,
  me: string | undefined,
): string | undefined {
  if (!row) return undefined
  if (row.owner !== me) {
    const others = [
      ...row.consultants.filter((name) => name !== me),
      ...row.reviewers.filter((name) => name !== me).map((name) => `${name} (reviewer)`),
    ]
    const reviewing = me !== undefined && row.reviewers.includes(me) ? ' · you review it' : ''
    return `Shared by ${row.owner}${reviewing}${others.length > 0 ? ` · also ${others.join(', ')}` : ''}`
  }
  const people = [...row.consultants, ...row.reviewers.map((name) => `${name} (reviewer)`)]
  return people.length > 0 ? `Shared · with ${people.join(', ')}` : 'Shared · with nobody yet'
}

/**
 * What the Share action offers the signed-in user: to change who is on the audit (its owner, or
 * anyone before it is shared), to see them only, or nothing while no workspace is connected.
 */
export function shareAccess(
  row: People | undefined,
  me: string | undefined,
): 'change' | 'view' | undefined {
  if (me === undefined) return undefined
  return row === undefined || row.owner === me ? 'change' : 'view'
}

/**
 * Whether the signed-in user may add comments and assignments to a shared audit: anyone on it,
 * until it is final on the server, which then refuses everyone but the firm's admins.
 */
export function mayAddTeamNotes(
  row: Pick<TeamAuditRow, 'final'> | undefined,
  role: TeamRole | undefined,
  firmAdmin: boolean,
): boolean {
  if (!row) return false
  if (row.final) return firmAdmin
  return role !== undefined || firmAdmin
}
