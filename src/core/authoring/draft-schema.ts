import { z } from 'zod'
import type { SectionDraft } from './section-draft'

/**
 * A saved draft read back (an autosave, a journalled copy after a crash): the shape of a
 * `SectionDraft`, without the pack's rules. A draft may hold empty fields or a question whose
 * outcome was removed, so only the types are checked here; `draftProblems` says what is wrong.
 */

const outcomeDraft = z.strictObject({ id: z.string(), name: z.string(), description: z.string() })

const preparationDraft = z.strictObject({
  id: z.string(),
  text: z.string(),
  kind: z.enum(['task', 'fact']),
  factLabel: z.string().optional(),
})

const questionDraft = z.strictObject({
  id: z.string(),
  prompt: z.string(),
  guidance: z.string(),
  outcomeId: z.string(),
  weight: z.number(),
  addedBeyondSource: z.boolean().optional(),
})

const checkDraft = z.strictObject({
  id: z.string(),
  title: z.string(),
  intro: z.string(),
  addedBeyondSource: z.boolean().optional(),
  questions: z.array(questionDraft),
})

const sectionDraft = z.strictObject({
  id: z.string(),
  number: z.number(),
  category: z.string(),
  title: z.string(),
  summary: z.string(),
  introduction: z.string().optional(),
  goal: z.strictObject({ headline: z.string(), text: z.string() }),
  outcomes: z.array(outcomeDraft),
  preparation: z.array(preparationDraft),
  checks: z.array(checkDraft),
})

export const sectionDraftSchema = z.strictObject({
  packId: z.string(),
  section: sectionDraft,
  achievementThreshold: z.number(),
  removedOutcomes: z.record(z.string(), z.string()),
}) satisfies z.ZodType<SectionDraft>
