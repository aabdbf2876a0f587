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
    await db.open()
  } catch (error) {
    return { ok: false, error: describeOpenError(error) }
  }
  return { ok: true, db, persisted: await requestPersistence(storage) }
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
