import Dexie, { type EntityTable } from 'dexie'
import { openOnlyAtAVersion } from './versioned-open'

/**
 * The search worker's copy of its index, kept between page loads (issue 17) in a small database
 * of its own beside the workbook's: a cache, never the source of truth. Losing it, or refusing
 * what it holds, costs the next first search a full build and nothing else; the workbook's schema
 * knows nothing of it. What it holds is read as untrusted (features/search/kept-index.ts).
 */

interface KeptRow {
  key: 'index'
  [field: string]: unknown
}

export class SearchCacheDatabase extends Dexie {
  kept!: EntityTable<KeptRow, 'key'>

  /** The cache of the workbook database named `workbookName`. */
  constructor(workbookName: string) {
    super(`${workbookName}-search-cache`, {
      // As the workbook: a newer app's cache is left alone (this build then keeps nothing).
      indexedDB: openOnlyAtAVersion(Dexie.dependencies.indexedDB),
    })
    // Version 1 — 2026-12-02: the kept index, one row.
    this.version(1).stores({ kept: 'key' })
    // Nobody watches this database, and a write of it must not tell every open view that the
    // workbook changed (they hear every database's writes): its writes are not broadcast.
    this.unuse({ stack: 'dbcore', name: 'Observability' })
  }
}

/** The kept index as stored, unchecked; undefined when none was kept. */
export async function readKeptIndexRow(cache: SearchCacheDatabase): Promise<unknown> {
  const row = await cache.kept.get('index')
  if (row === undefined) return undefined
  const { key: _key, ...kept } = row
  return kept
}

export async function writeKeptIndexRow(
  cache: SearchCacheDatabase,
  kept: Record<string, unknown>,
): Promise<void> {
  await cache.kept.put({ ...kept, key: 'index' })
}
