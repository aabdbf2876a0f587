import { useLiveQuery } from 'dexie-react-hooks'
import { useDatabase } from '../DatabaseContext'
import type { InstalledPackRow } from '../database'
import { importedPackRows } from './packs'

/** Every imported pack row, oldest install first; undefined while loading. */
export function useImportedPackRows(): InstalledPackRow[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => importedPackRows(db), [db])
}
