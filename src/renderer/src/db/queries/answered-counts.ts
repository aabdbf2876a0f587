import Dexie from 'dexie'
import { answersInScope, type Audit } from '@core/audit'
import type { WorkbookDatabase } from '../database'

/**
 * How many questions in each audit's scope are answered (rated), from the `[auditId+rating]` index
 * (schema version 3): an answer without a rating has no entry there, and no answer, with its
 * notes, is read. An audit never updated to a newer version has every answer in scope, so its
 * range is counted. One updated (`scopeUpdatedAt`) may keep answers of questions that version
 * dropped, out of scope and not counted, so its keys are read and matched against its content.
 * Reading every audit's keys and content made the audits screen half a second slower to appear
 * with a year of audits. Counting is still about a millisecond per audit (Chromium walks the
 * index range), so the audits screen counts only the rows it shows (`useAnsweredCount`).
 */
export async function answeredCount(
  db: WorkbookDatabase,
  audit: Pick<Audit, 'id' | 'scopeUpdatedAt'>,
): Promise<number> {
  return (await answeredCounts(db, [audit])).get(audit.id) ?? 0
}

/** The same for many audits, in one transaction. */
export async function answeredCounts(
  db: WorkbookDatabase,
  audits: readonly Pick<Audit, 'id' | 'scopeUpdatedAt'>[],
): Promise<Map<string, number>> {
  const rated = (id: string) =>
    db.answers.where('[auditId+rating]').between([id, Dexie.minKey], [id, Dexie.maxKey])
  // One transaction for all the reads: a transaction each costs more than the reads themselves.
  const counts = await db.transaction('r', db.answers, db.auditContents, () =>
    Promise.all(
      audits.map(async ({ id, scopeUpdatedAt }) => {
        // Counting in the index is several times faster than reading its keys.
        if (scopeUpdatedAt === undefined) return rated(id).count()
        const [keys, content] = await Promise.all([
          rated(id).primaryKeys(),
          db.auditContents.get(id),
        ])
        const answered = keys.map(([, sectionId, questionId]) => ({ sectionId, questionId }))
        return content ? answersInScope(content, answered).length : answered.length
      }),
    ),
  )
  return new Map(audits.map(({ id }, i) => [id, counts[i] ?? 0]))
}
