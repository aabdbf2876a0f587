import { z } from 'zod'
import { SEARCH_KINDS, type SearchTarget } from '@core/search/documents'
import type { SearchOutcome } from '@core/search/search-index'
import { defineJob } from '../../jobs/define-job'

const target = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('audit') }),
  z.strictObject({ screen: z.literal('interview'), sectionId: z.string(), questionId: z.string() }),
  z.strictObject({ screen: z.literal('findings'), sectionId: z.string(), questionId: z.string() }),
  z.strictObject({ screen: z.literal('evidence'), evidenceId: z.string() }),
]) satisfies z.ZodType<SearchTarget>

const count = z.number().int().nonnegative()

const outcome = z.strictObject({
  groups: z.array(
    z.strictObject({
      auditId: z.string(),
      heading: z.string(),
      more: count,
      hits: z.array(
        z.strictObject({
          id: z.string(),
          kind: z.enum(SEARCH_KINDS),
          field: z.enum(['title', 'text']),
          label: z.string(),
          snippet: z.array(z.strictObject({ text: z.string(), mark: z.boolean() })),
          target,
        }),
      ),
    }),
  ),
  total: count,
}) satisfies z.ZodType<SearchOutcome>

/** While the index is first built: how many audits of how many are in it. */
const progress = z.strictObject({ audits: count, of: count })
export type SearchProgress = z.infer<typeof progress>

/**
 * One query of the search worker, which holds the index for the page's life (it builds it from
 * IndexedDB at its first query, or restores the one an earlier page kept, and keeps it current
 * from then on). Its answer is what the search dialog shows, with how long the worker took and
 * where its index came from, for the benchmark.
 */
export const searchQueryJob = defineJob({
  name: 'search/query',
  input: z.strictObject({ text: z.string().max(1_000) }),
  output: z.strictObject({
    outcome,
    documents: count,
    ms: z.number().nonnegative(),
    /** Whether the index was the one an earlier page kept, brought up to date, or built afresh. */
    openedFrom: z.enum(['kept', 'built']),
  }),
  progress,
  failureMessage: (detail) => `Search is not available right now: ${detail}`,
})

export type SearchAnswer = z.infer<typeof searchQueryJob.output>
