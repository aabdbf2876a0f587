import { isLive, type Audit } from '@core/audit'
import type { InstalledPackRow, WorkbookDatabase } from '../database'

/** Every imported pack row, oldest install first. */
export async function importedPackRows(db: WorkbookDatabase): Promise<InstalledPackRow[]> {
  return (await db.packs.toArray()).sort((a, b) => a.installedAt - b.installedAt)
}

/**
 * The audits started with a section of this pack version. Deleted audits are left out: they are
 * hidden, and their frozen content needs no pack even if the deletion is undone.
 */
export async function auditsUsingPack(
  db: WorkbookDatabase,
  id: string,
  version: string,
): Promise<Audit[]> {
  return db.transaction('r', db.auditContents, db.audits, async () => {
    const users = await db.auditContents
      .filter((content) =>
        content.sections.some((s) => s.packId === id && s.packVersion === version),
      )
      .primaryKeys()
    const audits = await db.audits.bulkGet(users)
    return audits.filter((a): a is Audit => a !== undefined && isLive(a))
  })
}
