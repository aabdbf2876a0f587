import { z } from 'zod'
import { findPackInconsistencies } from './pack-rules'

/**
 * The content-pack format (PRODUCT.md §2): the question library is data, validated at every
 * boundary it crosses (the built-in pack at start, an imported file, an archive).
 */

export const CONTENT_PACK_FORMAT = 'audit-workbook/content-pack'
export const CONTENT_PACK_FORMAT_VERSION = 1

/** Stable identifiers: lower-case words joined by hyphens, as in `on-call-escalation`. */
export const slug = z
  .string()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens')

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)

export const outcomeSchema = z.strictObject({
  id: slug,
  name: text(60),
  description: text(1_000),
})

export const preparationItemSchema = z.strictObject({
  id: slug,
  text: text(500),
  /** `fact`: the consultant records an answer (e.g. "24/7 or business hours"); `task`: a tick. */
  kind: z.enum(['task', 'fact']),
  /** For a fact, the short label of the value to record. */
  factLabel: text(120).optional(),
})

export const questionSchema = z.strictObject({
  id: slug,
  /** Asked aloud, as written. */
  prompt: text(500),
  /** Why it matters and what good looks like. */
  guidance: text(4_000),
  /** The ladder outcome this question evidences. */
  outcomeId: slug,
  weight: z.number().positive('must be greater than 0').max(100).default(1),
  /** True where the pack's authors wrote it beyond the source text. */
  addedBeyondSource: z.boolean().optional(),
})

export const checkSchema = z.strictObject({
  id: slug,
  title: text(200),
  intro: text(2_000),
  addedBeyondSource: z.boolean().optional(),
  questions: z.array(questionSchema).min(1, 'a check needs at least one question'),
})

export const sectionSchema = z.strictObject({
  id: slug,
  number: z.number().int().positive(),
  category: text(120),
  title: text(200),
  summary: text(500),
  introduction: text(2_000).optional(),
  goal: z.strictObject({ headline: text(200), text: text(2_000) }),
  /** Ordered: outcome k is maturity level k. Level 0, "Ad-hoc", is implicit. */
  outcomes: z.array(outcomeSchema).min(1, 'a ladder needs at least one outcome').max(10),
  preparation: z.array(preparationItemSchema),
  checks: z.array(checkSchema).min(1, 'a section needs at least one check'),
})

export const contentPackSchema = z
  .strictObject({
    format: z.literal(
      CONTENT_PACK_FORMAT,
      `must be "${CONTENT_PACK_FORMAT}" (is this a content pack?)`,
    ),
    formatVersion: z.literal(
      CONTENT_PACK_FORMAT_VERSION,
      `must be ${CONTENT_PACK_FORMAT_VERSION}, the content-pack format this version of Audit Workbook reads`,
    ),
    id: slug,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
    title: text(200),
    publisher: text(200).optional(),
    description: text(2_000).optional(),
    /** An outcome is achieved when its score reaches this (PRODUCT.md §6). */
    achievementThreshold: z.number().gt(0).max(1).default(0.75),
    sections: z.array(sectionSchema).min(1, 'a pack needs at least one section'),
  })
  /*
   * The rules one field cannot state alone (unique ids, questions pointing at real outcomes,
   * every outcome evidenced) live in ./pack-rules.ts. They run on a pack whose shape is right,
   * so every consumer of this schema, not only the import dialog, gets them.
   */
  .superRefine((pack, ctx) => {
    for (const issue of findPackInconsistencies(pack)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
    }
  })

export type Outcome = z.infer<typeof outcomeSchema>
export type PreparationItem = z.infer<typeof preparationItemSchema>
export type Question = z.infer<typeof questionSchema>
export type Check = z.infer<typeof checkSchema>
export type Section = z.infer<typeof sectionSchema>
export type ContentPack = z.infer<typeof contentPackSchema>
/** What a pack file holds before defaults are applied. */
export type ContentPackInput = z.input<typeof contentPackSchema>
