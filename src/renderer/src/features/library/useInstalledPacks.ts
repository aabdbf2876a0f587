import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { BUILTIN_PACK_ID, builtinPack, newestVersions, type ContentPack } from '@core/content'
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
    () => [
      builtinPack,
      // A row under the built-in id can only predate the rule that refuses one; it never stands
      // in for the built-in sections.
      ...newestVersions(
        (rows ?? []).filter((row) => row.id !== BUILTIN_PACK_ID).map((r) => r.pack),
      ),
    ],
    [rows],
  )
}
