import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { builtinPack, newestVersions, type ContentPack } from '@core/content'
import { useDatabase } from '../../db/DatabaseContext'
import type { InstalledPackRow } from '../../db/database'

/** Every imported pack row, oldest install first; undefined while loading. */
export function useImportedPackRows(): InstalledPackRow[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (await db.packs.toArray()).sort((a, b) => a.installedAt - b.installedAt),
    [db],
  )
}

/**
 * The content packs new audits choose from: the built-in pack, then each imported pack at its
 * newest installed version (audits keep the version they started with, frozen in their content).
 */
export function useInstalledPacks(): readonly ContentPack[] {
  const rows = useImportedPackRows()
  return useMemo(
    () => [builtinPack, ...newestVersions((rows ?? []).map((row) => row.pack))],
    [rows],
  )
}
