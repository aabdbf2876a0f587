import { keepDataPersistent } from '../platform/persistent-storage'
import { WorkbookDatabase } from './database'

export type OpenDatabaseResult =
  { ok: true; db: WorkbookDatabase; persisted: Promise<boolean> } | { ok: false; error: string }

/**
 * Opens the database and asks the browser to keep it through storage pressure (not awaited: the
 * first screen does not wait for the answer). A failure is reported, never answered by deleting
 * anything (PRODUCT.md §13). A database a newer version of the app has upgraded is refused
 * without being touched: `WorkbookDatabase` never opens it at another version than its own.
 */
export async function openDatabase(
  db: WorkbookDatabase = new WorkbookDatabase(),
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = navigator.storage,
): Promise<OpenDatabaseResult> {
  try {
    await db.open()
  } catch (error) {
    return { ok: false, error: describeOpenError(await withInstalledVersion(db, error)) }
  }
  return { ok: true, db, persisted: keepDataPersistent(storage).then((kept) => kept ?? false) }
}

/**
 * A VersionError, told in versions of the app: the database's (Dexie stores version n as n × 10;
 * its own patches add units) and the newest this build reads. Asked only when opening failed.
 */
async function withInstalledVersion(db: WorkbookDatabase, error: unknown): Promise<unknown> {
  if (!(error instanceof Error) || error.name !== 'VersionError') return error
  const databases = await indexedDB.databases?.().catch(() => undefined)
  const installed = databases?.find((d) => d.name === db.name)?.version
  if (installed === undefined) return error
  const version = Math.floor(installed / 10)
  const explained = new Error(
    `its data is at version ${version}; this version reads up to ${db.verno}`,
  )
  explained.name = 'VersionError'
  return explained
}

function describeOpenError(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error'
  const detail = error instanceof Error ? error.message : String(error)
  if (name === 'VersionError') {
    return `The saved data was written by a newer version of Audit Workbook (${detail}). Install the newer version to open it; nothing has been changed.`
  }
  return `Your saved audits could not be opened (${name}: ${detail}). Nothing has been deleted. Close other Audit Workbook windows and restart the app; if it happens again, restore from an archive.`
}
