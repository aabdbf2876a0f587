import { z } from 'zod'
import {
  restoreSearchIndex,
  snapshotSearchIndex,
  stampsToKeep,
  type SearchIndex,
} from '@core/search'
import { SCHEMA_VERSION } from '../../db/database'
import {
  readKeptIndexRow,
  writeKeptIndexRow,
  type SearchCacheDatabase,
} from '../../db/search-cache'

/**
 * The search index as kept between page loads (issue 17): its snapshot, and per audit the
 * `updatedAt` of the row its records were read at (its stamp, ../../../core/search/freshness.ts),
 * which tells on the next load which audits were written since. Read back as untrusted: anything
 * that does not check out whole is refused, and the index is built afresh.
 */

const keptSchema = z.strictObject({
  /** When it was taken (`Date.now()`). */
  keptAt: z.number(),
  /** The workbook's schema version it was taken at: another version may hold other rows. */
  schemaVersion: z.number(),
  stamps: z.record(z.string(), z.number()),
  /** Checked by `restoreSearchIndex`. */
  snapshot: z.unknown(),
})

export interface KeptIndex {
  index: SearchIndex
  stamps: Map<string, number>
}

/** The kept index, or why it was refused; undefined when there is none. */
export async function loadKeptIndex(
  cache: SearchCacheDatabase,
): Promise<KeptIndex | { refused: string } | undefined> {
  let row: unknown
  try {
    row = await readKeptIndexRow(cache)
  } catch (error) {
    return { refused: `unreadable: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (row === undefined) return undefined
  const kept = keptSchema.safeParse(row)
  if (!kept.success) return { refused: 'malformed' }
  const { schemaVersion, stamps, snapshot } = kept.data
  if (schemaVersion !== SCHEMA_VERSION)
    return { refused: `taken at workbook schema ${schemaVersion}, not ${SCHEMA_VERSION}` }
  const restored = restoreSearchIndex(snapshot)
  if ('refused' in restored) return restored
  // A stamp for every audit held and no other: an audit held unstamped would never be checked.
  const audits = restored.index.auditIds()
  const stamped = new Map(Object.entries(stamps))
  if (audits.length !== stamped.size || audits.some((id) => !stamped.has(id)))
    return { refused: 'its stamps are not those of its audits' }
  return { index: restored.index, stamps: stamped }
}

/** The index and stamps as they are at `now`, to be written by `saveKeptIndex`. */
export function takeKeptIndex(
  { index, stamps }: KeptIndex,
  now: number,
): z.infer<typeof keptSchema> {
  return {
    keptAt: now,
    schemaVersion: SCHEMA_VERSION,
    stamps: stampsToKeep(stamps, now),
    snapshot: snapshotSearchIndex(index),
  }
}

export function saveKeptIndex(
  cache: SearchCacheDatabase,
  kept: z.infer<typeof keptSchema>,
): Promise<void> {
  return writeKeptIndexRow(cache, kept)
}

/** When the kept index was taken, if there is one (the benchmark waits for it). */
export async function keptIndexTakenAt(cache: SearchCacheDatabase): Promise<number | undefined> {
  const kept = z.object({ keptAt: z.number() }).safeParse(await readKeptIndexRow(cache))
  return kept.success ? kept.data.keptAt : undefined
}
