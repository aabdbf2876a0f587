import { z } from 'zod'
import type { WorkbookDatabase } from '../database'
import { saveAnswer, savePreparationAnswer } from './answers'
import type { Clock } from './clock'

/** Where a typed text belongs: plain data, so an unsaved text can be journalled and replayed. */
export const draftTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('answer'),
    auditId: z.string(),
    sectionId: z.string(),
    questionId: z.string(),
    field: z.enum(['notes', 'interviewees']),
  }),
  z.strictObject({
    kind: z.literal('preparation'),
    auditId: z.string(),
    sectionId: z.string(),
    itemId: z.string(),
    field: z.literal('value'),
  }),
])

export type DraftTarget = z.infer<typeof draftTargetSchema>

export function draftTargetId(target: DraftTarget): string {
  return JSON.stringify(target)
}

/** Saves a typed text to the record and field it belongs to. */
export async function saveDraft(
  db: WorkbookDatabase,
  target: DraftTarget,
  text: string,
  clock?: Clock,
): Promise<void> {
  switch (target.kind) {
    case 'answer': {
      const { auditId, sectionId, questionId, field } = target
      await saveAnswer(db, { auditId, sectionId, questionId }, { [field]: text }, clock)
      return
    }
    case 'preparation': {
      const { auditId, sectionId, itemId, field } = target
      await savePreparationAnswer(db, { auditId, sectionId, itemId }, { [field]: text }, clock)
      return
    }
  }
}
