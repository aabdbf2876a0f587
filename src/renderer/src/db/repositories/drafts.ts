import { z } from 'zod'
import { sectionDraftSchema } from '@core/authoring/draft-schema'
import { narrativePartKeySchema, richTextSchema } from '@core/narrative'
import { UserFacingError } from '@shared/errors'
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
  /** A section editor draft, whose text is the whole `SectionDraft` as JSON. */
  z.strictObject({
    kind: z.literal('section-draft'),
    draftId: z.string(),
  }),
  /** One part of an audit's narrative, whose text is the `RichText` document as JSON. */
  z.strictObject({
    kind: z.literal('narrative'),
    auditId: z.string(),
    part: narrativePartKeySchema,
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
    case 'section-draft': {
      // Loaded when needed: the journal is replayed at every start, drafts are rarely in it.
      const { saveSectionDraft } = await import('./section-drafts')
      await saveSectionDraft(db, target.draftId, readJson(text, sectionDraftSchema, 'draft'), clock)
      return
    }
    case 'narrative': {
      const { saveNarrativePart } = await import('./narratives')
      const doc = readJson(text, richTextSchema, 'text')
      await saveNarrativePart(db, target.auditId, target.part, doc, clock)
      return
    }
  }
}

/** A journalled JSON text, checked as it was when typed. */
function readJson<T>(text: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  const parsed = schema.safeParse(json)
  // A copy that cannot be read back cannot be saved; what the database holds stands.
  if (!parsed.success) throw new UserFacingError(`The saved copy of this ${what} cannot be read.`)
  return parsed.data
}
