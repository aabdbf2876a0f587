import type { WorkbookDatabase } from '../../db/database'

/**
 * The archive actions the audits screen offers, loaded on first use: the zip, schema and hashing
 * code stays out of the bundle the app starts with.
 */
const load = () => import('./archive-transfer')

export async function exportAudit(
  db: WorkbookDatabase,
  audit: { id: string; client: string; system: string },
): Promise<void> {
  await (await load()).exportAudit(db, audit)
}

export async function exportEverything(db: WorkbookDatabase): Promise<void> {
  await (await load()).exportEverything(db)
}

export async function chooseArchiveToImport(db: WorkbookDatabase): Promise<void> {
  await (await load()).chooseArchiveToImport(db)
}

export async function confirmImport(db: WorkbookDatabase): Promise<void> {
  await (await load()).confirmImport(db)
}
