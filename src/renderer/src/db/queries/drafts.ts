import type { WorkbookDatabase } from '../database'
import type { DraftTarget } from '../repositories/drafts'

/** When the target's record was last written, if it exists. */
export async function draftSavedAt(
  db: WorkbookDatabase,
  target: DraftTarget,
): Promise<number | undefined> {
  const record =
    target.kind === 'answer'
      ? await db.answers.get([target.auditId, target.sectionId, target.questionId])
      : await db.preparationAnswers.get([target.auditId, target.sectionId, target.itemId])
  return record?.updatedAt
}
