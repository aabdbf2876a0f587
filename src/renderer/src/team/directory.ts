import { z } from 'zod'
import {
  auditDatabaseName,
  FIRM_DATABASE,
  SHARED_WITH_FILTER,
  shareDocSchema,
  type ShareDoc,
} from '@core/team'
import type { WorkbookDatabase } from '../db/database'
import { forgetSharedAudit, markAuditShared } from './shared-audits'
import { reasonOf, type WorkspaceHttp } from './workspace-http'

const changesSchema = z.looseObject({
  results: z.array(
    z.looseObject({ id: z.string(), deleted: z.boolean().optional(), doc: z.unknown() }),
  ),
})

export interface DirectoryOutcome {
  joined: string[]
  left: string[]
  /** Share documents that failed the schema: refused, told, the rest applied. */
  refused: string[]
}

/**
 * Brings this laptop's shared audits in line with the firm directory (issue 18): an audit shared
 * with this consultant starts syncing, one they were taken off stops (their copy stays here, no
 * longer shared), and the people on each are updated. Only a whole, valid answer from the server
 * is acted on: a failure changes nothing.
 */
export async function refreshDirectory(
  db: WorkbookDatabase,
  http: WorkspaceHttp,
  username: string,
  now: number,
): Promise<DirectoryOutcome> {
  const query = new URLSearchParams({
    filter: SHARED_WITH_FILTER,
    include_docs: 'true',
    // pouchdb-server gives a filter no signed-in user; CouchDB's own user wins over this.
    name: username,
  })
  const answer = await http.send('GET', `${FIRM_DATABASE}/_changes?${query}`)
  if (answer.status !== 200)
    throw new Error(`The firm directory answered ${answer.status}: ${reasonOf(answer.body)}`)
  const feed = changesSchema.parse(answer.body)
  const mine = new Map<string, ShareDoc>()
  const refused: string[] = []
  for (const change of feed.results) {
    if (change.deleted || !change.id.startsWith('share:')) continue
    const share = shareDocSchema.safeParse(change.doc)
    if (!share.success) {
      refused.push(change.id)
      continue
    }
    const { owner, consultants, reviewers } = share.data
    if (owner === username || consultants.includes(username) || reviewers.includes(username))
      mine.set(share.data.auditId, share.data)
  }
  const joined: string[] = []
  const left: string[] = []
  for (const team of await db.teamAudits.toArray()) {
    const share = mine.get(team.auditId)
    if (team.leftAt !== undefined) {
      // Left on this laptop: not brought back by the same sharing, only by a later one.
      const sharedAgain = (share?.sharedAt ?? 0) > team.leftAt
      if (sharedAgain) await db.teamAudits.delete(team.auditId)
      else mine.delete(team.auditId)
      continue
    }
    if (!share) {
      await forgetSharedAudit(db, team.auditId)
      left.push(team.auditId)
    } else if (
      share.owner !== team.owner ||
      share.consultants.join() !== team.consultants.join() ||
      share.reviewers.join() !== team.reviewers.join()
    )
      await db.teamAudits.update(team.auditId, {
        owner: share.owner,
        consultants: share.consultants,
        reviewers: share.reviewers,
      })
    mine.delete(team.auditId)
  }
  for (const share of mine.values()) {
    await markAuditShared(db, {
      auditId: share.auditId,
      database: auditDatabaseName(share.auditId),
      owner: share.owner,
      consultants: share.consultants,
      reviewers: share.reviewers,
      final: false,
      sharedAt: now,
      appliedSeq: 0,
    })
    joined.push(share.auditId)
  }
  return { joined, left, refused }
}
