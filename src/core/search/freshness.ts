import { isLive } from '../audit/soft-delete'
import type { Audit } from '../audit/model'

/**
 * Whether a kept index still matches the database, audit by audit (issue 17). Every write of
 * what search reads of an audit — its client and system, an answer, a finding's edit, an upgrade
 * of its content — also writes the audit's `updatedAt`, in the same transaction. So the index
 * keeps, per audit, the `updatedAt` of the row it read before reading the audit's records (its
 * stamp): an audit whose row carries another time now was written since, and is read again.
 * Evidence items do not touch their audit's row; they are compared apart, item by item.
 */

/** Per audit in the index, the `updatedAt` its records were read at (or after). */
export type AuditStamps = ReadonlyMap<string, number>

export interface CatchUpPlan {
  /** Live audits written since their stamp, or new: to be read again whole. */
  stale: Audit[]
  /** Live audits the index holds as they are. */
  current: string[]
  /** Audits the index holds that are deleted or gone: to be taken out. */
  gone: string[]
}

/** What a kept index must do to match `audits`, every stored audit row as read now. */
export function planCatchUp(stamps: AuditStamps, audits: readonly Audit[]): CatchUpPlan {
  const plan: CatchUpPlan = { stale: [], current: [], gone: [] }
  const live = new Set<string>()
  for (const audit of audits) {
    if (!isLive(audit)) continue
    live.add(audit.id)
    if (stamps.get(audit.id) === audit.updatedAt) plan.current.push(audit.id)
    else plan.stale.push(audit)
  }
  for (const auditId of stamps.keys()) if (!live.has(auditId)) plan.gone.push(auditId)
  return plan
}

/** How long after its last write an audit's stamp is not kept as proof on its own. */
export const UNSETTLED_MS = 60_000

/** A stamp no row carries: the audit is read again, whatever its time. */
const UNSURE = -1

/**
 * The stamps to keep with an index taken at `now`. A write in the same millisecond as the one a
 * stamp was read at carries the same time: were its broadcast still on its way when the index was
 * taken, the stamp would vouch for records the index lacks. So audits written in the last minute
 * (the one or two being worked in) are kept unsure, and read again by the next page. A time far
 * from now (a row from a machine whose clock was ahead) was not written in that minute: it stays
 * a proof, since any later write changes it.
 */
export function stampsToKeep(stamps: AuditStamps, now: number): Record<string, number> {
  const kept: Record<string, number> = {}
  for (const [auditId, updatedAt] of stamps)
    kept[auditId] = Math.abs(updatedAt - now) < UNSETTLED_MS ? UNSURE : updatedAt
  return kept
}
