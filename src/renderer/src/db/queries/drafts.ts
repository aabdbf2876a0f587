import type { WorkbookDatabase } from '../database'
import type { DraftTarget } from '../repositories/drafts'

/** When the target's record was last written, if it exists. */
export async function draftSavedAt(
  db: WorkbookDatabase,
  target: DraftTarget,
): Promise<number | undefined> {
  switch (target.kind) {
    case 'answer':
      return (await db.answers.get([target.auditId, target.sectionId, target.questionId]))
        ?.updatedAt
    case 'preparation':
      return (await db.preparationAnswers.get([target.auditId, target.sectionId, target.itemId]))
        ?.updatedAt
    case 'section-draft':
      return (await db.sectionDrafts.get(target.draftId))?.updatedAt
    case 'narrative':
      return (await db.narratives.get([target.auditId, target.part]))?.updatedAt
  }
}
