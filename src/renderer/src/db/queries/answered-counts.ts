import Dexie from 'dexie'
import { answersInScope } from '@core/authoring'
import type { WorkbookDatabase } from '../database'

/**
 * How many questions in each audit's scope are answered (rated). The rated answers are found in
 * the `[auditId+rating]` index (schema version 3): an answer without a rating has no entry there,
 * and only the index's keys are read, never an answer with its notes. The keys are then matched
 * against the audit's content, because an audit updated to a newer version keeps the answers of
 * questions that version dropped, out of scope and not counted.
 */
export async function answeredCounts(
  db: WorkbookDatabase,
  auditIds: readonly string[],
): Promise<Map<string, number>> {
  // One transaction for all the reads: a transaction each costs more than the reads themselves.
  const [ratedKeys, contents] = await db.transaction('r', db.answers, db.auditContents, () =>
    Promise.all([
      Promise.all(
        auditIds.map((id) =>
          db.answers
            .where('[auditId+rating]')
            .between([id, Dexie.minKey], [id, Dexie.maxKey])
            .primaryKeys(),
        ),
      ),
      db.auditContents.bulkGet([...auditIds]),
    ]),
  )
  return new Map(
    auditIds.map((id, i) => {
      const rated = (ratedKeys[i] ?? []).map(([, sectionId, questionId]) => ({
        sectionId,
        questionId,
      }))
      const content = contents[i]
      return [id, content ? answersInScope(content, rated).length : rated.length]
    }),
  )
}
