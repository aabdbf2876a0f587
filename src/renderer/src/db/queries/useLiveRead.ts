import { useLiveQuery } from 'dexie-react-hooks'
import type { WorkbookDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'

/**
 * A read made of several queries, live: run again whenever any table it read changes. For reads
 * composed by a feature from the functions of `db/queries` (the report's input, read the way the
 * export reads it); a single query has its own hook beside it. Undefined while loading.
 */
export function useLiveRead<T>(
  read: (db: WorkbookDatabase) => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const db = useDatabase()
  return useLiveQuery(() => read(db), [db, ...deps])
}
