import {
  auditDatabaseName,
  auditDesignDoc,
  auditSecurity,
  DESIGN_DOC_ID,
  FIRM_DATABASE,
  planSharedAudits,
  type ShareDoc,
} from '@core/team'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../db/database'
import { markAuditShared } from './shared-audits'
import type { TeamAccount } from './team-status'
import { reasonOf, type WorkspaceHttp } from './workspace-http'

export interface SharePeople {
  consultants: string[]
  reviewers: string[]
}

export type ShareOutcome =
  /** The audit's database exists: it syncs now. */
  | { state: 'shared' }
  /** Only a server admin creates databases: it syncs once the firm's admin has provisioned it. */
  | { state: 'waiting-for-admin' }

/**
 * Shares an audit with named colleagues (issue 18): the firm directory's `share:` document says
 * who is on it; a server admin creates its database at once, anyone else leaves that to the
 * firm's provisioning run. Then this laptop queues everything the audit holds. Needs the server:
 * offline, nothing is shared and the consultant is told.
 */
export async function shareAudit(
  db: WorkbookDatabase,
  http: WorkspaceHttp,
  account: TeamAccount,
  auditId: string,
  people: SharePeople,
  now: number,
): Promise<ShareOutcome> {
  const audit = await db.audits.get(auditId)
  if (!audit) throw new UserFacingError('This audit no longer exists.')
  const known = await db.teamAudits.get(auditId)
  if (known && known.owner !== account.username)
    throw new UserFacingError(
      `Only ${known.owner}, who shared this audit, can change who is on it.`,
    )
  const others = (names: string[]) => [
    ...new Set(
      names.map((name) => name.trim()).filter((name) => name && name !== account.username),
    ),
  ]
  const reviewers = others(people.reviewers)
  const consultants = others(people.consultants).filter((name) => !reviewers.includes(name))
  const database = auditDatabaseName(auditId)
  const share: ShareDoc & Record<string, unknown> = {
    _id: `share:${auditId}`,
    auditId,
    database,
    client: audit.client,
    system: audit.system,
    owner: account.username,
    consultants,
    reviewers,
    sharedAt: now,
    by: account.username,
  }
  const current = await http.send('GET', `${FIRM_DATABASE}/${encodeURIComponent(share._id)}`)
  const rev = current.status === 200 ? (current.body as { _rev?: string })._rev : undefined
  const written = await http.send('PUT', `${FIRM_DATABASE}/${encodeURIComponent(share._id)}`, {
    ...share,
    ...(rev ? { _rev: rev } : {}),
  })
  if (written.status >= 300)
    throw new UserFacingError(
      `The workspace refused to share this audit: ${reasonOf(written.body)}.`,
    )

  let outcome: ShareOutcome = { state: 'waiting-for-admin' }
  const exists = (await http.send('GET', database)).status === 200
  if (exists) {
    // Who is on it changes now on the server too: its security and its reviewers' rule.
    await writeRules(
      http,
      database,
      { owner: account.username, consultants, reviewers },
      audit.status === 'final',
    )
    outcome = { state: 'shared' }
  } else if (account.roles.includes('_admin')) {
    for (const step of planSharedAudits([share], []).steps) {
      const answer = await http.send(step.method, step.path, step.body)
      if (answer.status >= 300 && answer.status !== 412)
        throw new UserFacingError(`Could not ${step.says}: ${reasonOf(answer.body)}.`)
    }
    outcome = { state: 'shared' }
  }
  if (known) await db.teamAudits.update(auditId, { consultants, reviewers })
  else
    await markAuditShared(db, {
      auditId,
      database,
      owner: account.username,
      consultants,
      reviewers,
      final: audit.status === 'final',
      sharedAt: now,
      appliedSeq: 0,
    })
  return outcome
}

/**
 * Writes an audit's rules on the server: its design document (reviewers, final) first, while the
 * owner is still its admin, then its security (a final audit's owner is no longer its admin).
 */
export async function writeRules(
  http: WorkspaceHttp,
  database: string,
  people: { owner: string; consultants: string[]; reviewers: string[] },
  final: boolean,
): Promise<void> {
  const design = await http.send('GET', `${database}/${DESIGN_DOC_ID}`)
  const rev = design.status === 200 ? (design.body as { _rev?: string })._rev : undefined
  for (const [path, body] of [
    [
      `${database}/${DESIGN_DOC_ID}`,
      { ...auditDesignDoc({ reviewers: people.reviewers, final }), ...(rev ? { _rev: rev } : {}) },
    ],
    [`${database}/_security`, auditSecurity({ ...people, final })],
  ] as const) {
    const answer = await http.send('PUT', path, body)
    if (answer.status >= 300)
      throw new UserFacingError(
        `The workspace refused to change who is on this audit: ${reasonOf(answer.body)}.`,
      )
  }
}
