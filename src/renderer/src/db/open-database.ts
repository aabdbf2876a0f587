import { WorkbookDatabase } from './database'

export type OpenDatabaseResult =
  { ok: true; db: WorkbookDatabase; persisted: boolean } | { ok: false; error: string }

/**
 * Opens the database and asks the browser to keep it through storage pressure. A failure is
 * reported, never answered by deleting anything (PRODUCT.md §13).
 */
export async function openDatabase(
  db: WorkbookDatabase = new WorkbookDatabase(),
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = navigator.storage,
): Promise<OpenDatabaseResult> {
  try {
    await refuseNewerDatabase(db)
    await db.open()
  } catch (error) {
    return { ok: false, error: describeOpenError(error) }
  }
  return { ok: true, db, persisted: await requestPersistence(storage) }
}

/**
 * Dexie 4 does not stop at a database a newer version of the app has upgraded: it opens it at
 * that version and patches it to fit this version's schema (adding tables, raising its version).
 * A newer app's data must not be changed by an older app, so a higher schema version is refused
 * here, before Dexie touches it. (Dexie stores version n as n × 10; its own patches add units.)
 */
async function refuseNewerDatabase(db: WorkbookDatabase): Promise<void> {
  const databases = await indexedDB.databases?.()
  const installed = databases?.find((d) => d.name === db.name)?.version
  if (installed === undefined) return
  const version = Math.floor(installed / 10)
  if (version > db.verno) {
    const error = new Error(
      `its data is at version ${version}; this version reads up to ${db.verno}`,
    )
    error.name = 'VersionError'
    throw error
  }
}

async function requestPersistence(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined,
): Promise<boolean> {
  if (!storage) return false
  try {
    return (await storage.persisted()) || (await storage.persist())
  } catch {
    return false
  }
}

function describeOpenError(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error'
  const detail = error instanceof Error ? error.message : String(error)
  if (name === 'VersionError') {
    return `The saved data was written by a newer version of Audit Workbook (${detail}). Install the newer version to open it; nothing has been changed.`
  }
  return `Your saved audits could not be opened (${name}: ${detail}). Nothing has been deleted. Close other Audit Workbook windows and restart the app; if it happens again, restore from an archive.`
}
