import { docAddressOfRow, SYNCED_TABLES } from '@core/team'
import type { WorkbookDatabase } from '../db/database'
import type { OutboxRow, TeamAuditRow } from './team-rows'

/**
 * Marks an audit as shared on this laptop and queues every document it already has, in one
 * transaction: from then on the outbox middleware queues each change as it is made.
 */
export async function markAuditShared(db: WorkbookDatabase, row: TeamAuditRow): Promise<void> {
  const tables = SYNCED_TABLES.map((name) => db.table(name))
  await db.transaction('rw', [db.teamAudits, db.teamOutbox, ...tables], async () => {
    const existing: OutboxRow[] = []
    for (const table of SYNCED_TABLES) {
      const rows: object[] =
        table === 'audits' || table === 'auditContents'
          ? [await db.table(table).get(row.auditId)].filter(Boolean)
          : await db.table(table).where('auditId').equals(row.auditId).toArray()
      for (const shared of rows) existing.push(docAddressOfRow(table, shared))
    }
    await db.teamAudits.put(row)
    await db.teamOutbox.bulkAdd(existing)
  })
}

/**
 * Forgets that an audit is shared, on this laptop only: its team rows go, and deleting its rows
 * afterwards is not sent to anyone. Taken off it by its owner, the audit is forgotten whole (shared
 * again, it comes back); purging this laptop's copy `leaves` it, which the directory respects.
 */
export async function forgetSharedAudit(
  db: WorkbookDatabase,
  auditId: string,
  leaving?: { at: number },
): Promise<void> {
  await db.transaction(
    'rw',
    [db.teamAudits, db.teamOutbox, db.teamRevs, db.teamConflicts, db.teamDocs],
    async () => {
      const team = await db.teamAudits.get(auditId)
      if (leaving && team) await db.teamAudits.put({ ...team, leftAt: leaving.at })
      else await db.teamAudits.delete(auditId)
      await db.teamOutbox.where('[auditId+docId]').between([auditId], [auditId, []]).delete()
      await db.teamRevs.where('[auditId+docId]').between([auditId], [auditId, []]).delete()
      await db.teamConflicts.where('auditId').equals(auditId).delete()
      await db.teamDocs.where('auditId').equals(auditId).delete()
    },
  )
}
