import { z } from 'zod'
import { packErrorMap } from '../content/pack-errors'

/**
 * Validates with a zod schema, stopping at the first problem that fails validation. A plain
 * `safeParse` reports every problem, and an archive controls how many there are: a million
 * invalid elements build a million issue objects (gigabytes) before the first can be shown.
 * Only the first few matter to the person reading the refusal.
 *
 * zod 4 stops early for `z.validate` through an internal parse option, `abortEarly` (a container
 * stops before its next child once one has failed); it is used here through the schema's own run
 * function so that the issues found so far, with their paths, can still be shown. A test
 * (`bounded-parse.test.ts`) pins that behaviour, so a zod upgrade that drops it fails there.
 */

export type BoundedResult<T> =
  { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[] }

/** At most this many issues are kept (the message shows the first few). */
const KEPT_ISSUES = 3

export function parseBounded<T>(schema: z.ZodType<T>, value: unknown): BoundedResult<T> {
  const ctx = { async: false, abortEarly: true, error: packErrorMap } as const
  const result = schema._zod.run({ value, issues: [] }, ctx)
  if (result instanceof Promise) throw new Error('An archive schema must not be asynchronous.')
  if (result.issues.length === 0) return { success: true, data: result.value as T }
  const config = z.core.config()
  return {
    success: false,
    issues: result.issues
      .slice(0, KEPT_ISSUES)
      .map((issue) => z.core.util.finalizeIssue(issue, ctx, config)),
  }
}
