import Dexie from 'dexie'
import { answersInScope, type Audit } from '@core/audit'
import type { WorkbookDatabase } from '../database'

/**
 * How many questions in each audit's scope are answered (rated). The rated answers are found in
 * the `[auditId+rating]` index (schema version 3): an answer without a rating has no entry there,
 * and only the index's keys are read, never an answer with its notes. An audit updated to a newer
 * version (`scopeUpdatedAt`) may keep answers of questions that version dropped, out of scope and
 * not counted, so only its keys are matched against its content: reading every audit's content
 * made the audits screen half a second slower to appear with a year of audits.
 */
export async function answeredCounts(
  db: WorkbookDatabase,
  audits: readonly Pick<Audit, 'id' | 'scopeUpdatedAt'>[],
): Promise<Map<string, number>> {
  const updated = audits.filter((a) => a.scopeUpdatedAt !== undefined).map((a) => a.id)
  // One transaction for all the reads: a transaction each costs more than the reads themselves.
  const [ratedKeys, contents] = await db.transaction('r', db.answers, db.auditContents, () =>
    Promise.all([
      Promise.all(
        audits.map(({ id }) =>
          db.answers
            .where('[auditId+rating]')
            .between([id, Dexie.minKey], [id, Dexie.maxKey])
            .primaryKeys(),
        ),
      ),
      db.auditContents.bulkGet(updated),
    ]),
  )
  const contentOf = new Map(updated.map((id, i) => [id, contents[i]]))
  return new Map(
    audits.map(({ id }, i) => {
      const rated = (ratedKeys[i] ?? []).map(([, sectionId, questionId]) => ({
        sectionId,
        questionId,
      }))
      const content = contentOf.get(id)
      return [id, content ? answersInScope(content, rated).length : rated.length]
    }),
  )
}
