import { useMemo } from 'react'
import { BUILTIN_PACK_ID, builtinPack, newestVersions, type ContentPack } from '@core/content'
import { useImportedPackRows } from '../../db/queries/usePacks'

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
