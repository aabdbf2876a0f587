import { z } from 'zod'
import { auditDatabaseName } from './database-names'
import type { ProvisionStep } from './provision-plan'
import { DESIGN_DOC_ID, auditDesignDoc, auditSecurity } from './server-rules'

/**
 * The databases of shared audits, created from the directory (issue 18). Only a server admin can
 * create a CouchDB database (a `workbook-admin` user cannot), so an owner's sharing is written as
 * a `share:<auditId>` document in the firm directory, and `npm run team:provision --
 * --shared-audits`, run by a server admin (by hand or on a timer), creates each missing database
 * with its security object and design document. An existing database is never touched: its owner
 * keeps its people and rules from then on (a final audit's owner is no longer its admin, and this
 * must not make them one again).
 */

const name = z.string().min(1).max(200)

export const shareDocSchema = z.looseObject({
  _id: z.string().startsWith('share:'),
  auditId: z.string().min(1).max(200),
  database: z.string().optional(),
  owner: name,
  consultants: z.array(name).max(1_000),
  reviewers: z.array(name).max(1_000),
  /** When the owner last shared it, or changed who is on it. */
  sharedAt: z.number().int().min(0).optional(),
})
export type ShareDoc = z.infer<typeof shareDocSchema>

export interface SharedAuditsPlan {
  steps: ProvisionStep[]
  /** Share documents that cannot be acted on, and why: printed, never fatal. */
  skipped: string[]
}

export function planSharedAudits(shares: unknown[], existingDatabases: string[]): SharedAuditsPlan {
  const existing = new Set(existingDatabases)
  const steps: ProvisionStep[] = []
  const skipped: string[] = []
  for (const raw of shares) {
    const parsed = shareDocSchema.safeParse(raw)
    const id = String((raw as { _id?: unknown } | null)?._id ?? '?')
    if (!parsed.success) {
      skipped.push(`${id}: not a share document this version understands`)
      continue
    }
    const share = parsed.data
    const database = auditDatabaseName(share.auditId)
    if (share._id !== `share:${share.auditId}` || (share.database ?? database) !== database) {
      skipped.push(`${id}: names another audit's database`)
      continue
    }
    if (existing.has(database)) continue
    existing.add(database)
    const people = `owner ${share.owner}, ${share.consultants.length} consultant(s), ${share.reviewers.length} reviewer(s)`
    steps.push(
      { method: 'PUT', path: database, says: `created database ${database} (${people})` },
      {
        method: 'PUT',
        path: `${database}/_security`,
        body: auditSecurity(share),
        says: `set ${database}'s security`,
      },
      {
        method: 'PUT',
        path: `${database}/${DESIGN_DOC_ID}`,
        body: auditDesignDoc({ reviewers: share.reviewers, final: false }),
        says: `wrote ${database}'s ${DESIGN_DOC_ID}`,
      },
    )
  }
  return { steps, skipped }
}
