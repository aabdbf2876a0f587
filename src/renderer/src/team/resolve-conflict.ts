import { rowKeyOfDocId, SYNCED_TABLES, type LocalRow, type SyncedTable } from '@core/team'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../db/database'

/**
 * The consultant's choice for a conflicted document: the row they picked, or merged, becomes the
 * row here (queued like any change) and the conflict is marked resolved, so the next send deletes
 * the other revisions. `row` undefined keeps the deletion.
 */
export async function resolveConflict(
  db: WorkbookDatabase,
  auditId: string,
  docId: string,
  row: LocalRow<SyncedTable> | undefined,
  now: number,
): Promise<void> {
  const tables = SYNCED_TABLES.map((name) => db.table(name))
  await db.transaction('rw', [db.teamConflicts, db.teamOutbox, ...tables], async () => {
    const conflict = await db.teamConflicts.get([auditId, docId])
    if (!conflict) throw new UserFacingError('This conflict has already been resolved.')
    const key = rowKeyOfDocId(auditId, docId)
    if (key === undefined) throw new UserFacingError('This conflict cannot be resolved here.')
    const table = db.table(conflict.table)
    if (row === undefined) await table.delete(key)
    else await table.put(row)
    // The outbox middleware has queued the row; the outbox needs one even if it did not change.
    await db.teamOutbox.add({ auditId, docId })
    await db.teamConflicts.update([auditId, docId], { resolvedAt: now })
  })
}
