import { isLive } from '@core/audit'
import { auditsBySpace, sumBytesByAudit, type AuditSpace } from '@core/storage'
import type { WorkbookDatabase } from '../database'

/**
 * The audits whose evidence takes the most space, largest first. Reads every item's metadata
 * (not its bytes), so it is asked for when Settings shows storage or the storage is nearly full,
 * never at start.
 */
export async function auditsTakingSpace(db: WorkbookDatabase, limit = 5): Promise<AuditSpace[]> {
  const sizes: { auditId: string; size: number }[] = []
  const [audits] = await Promise.all([
    db.audits.toArray(),
    db.evidence.each(({ auditId, size }) => {
      sizes.push({ auditId, size })
    }),
  ])
  return auditsBySpace(audits.filter(isLive), sumBytesByAudit(sizes), limit)
}
