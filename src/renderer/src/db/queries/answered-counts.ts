import Dexie from 'dexie'
import type { WorkbookDatabase } from '../database'

/**
 * How many questions of each audit are answered (rated), counted in the `[auditId+rating]` index
 * (schema version 3): an answer without a rating has no entry there, so a count over one audit's
 * range is its answered questions, and no answer, with its notes, is read.
 */
export async function answeredCounts(
  db: WorkbookDatabase,
  auditIds: readonly string[],
): Promise<Map<string, number>> {
  // One transaction for all the counts: a transaction each costs more than the count itself.
  const counts = await db.transaction('r', db.answers, () =>
    Promise.all(
      auditIds.map((id) =>
        db.answers
          .where('[auditId+rating]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .count(),
      ),
    ),
  )
  return new Map(auditIds.map((id, i) => [id, counts[i] ?? 0]))
}
