import { z } from 'zod'

/**
 * What the consultant fills in to create or edit an audit. Parsed at the form and again before
 * it is stored, so an invalid audit never reaches the database.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

const requiredText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(max, `The ${what} must be at most ${max} characters.`)

export const auditDraftSchema = z.object({
  client: requiredText('client organisation', 200),
  system: requiredText('system or team audited', 200),
  auditors: z
    .array(z.string().trim().min(1).max(120))
    .max(20, 'List at most 20 auditors.')
    .min(1, 'Name at least one auditor.'),
  firm: z.string().trim().max(200, 'The firm name must be at most 200 characters.'),
  startDate: z
    .string()
    .trim()
    .refine(isCalendarDate, 'Enter the start date as a real date, like 2026-11-28.'),
  sectionIds: z.array(z.string().min(1)).min(1, 'Choose at least one section.'),
  contextNotes: z.string().max(100_000, 'Context notes must be at most 100,000 characters.'),
})

export type AuditDraft = z.infer<typeof auditDraftSchema>
export type AuditDraftField = keyof AuditDraft

export type DraftErrors = Partial<Record<AuditDraftField, string>>

export type DraftParseResult = { ok: true; draft: AuditDraft } | { ok: false; errors: DraftErrors }

/** Validates a draft, giving one message per field, ready to show next to it. */
export function parseAuditDraft(input: unknown): DraftParseResult {
  const result = auditDraftSchema.safeParse(input)
  if (result.success) return { ok: true, draft: result.data }
  const errors: DraftErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as AuditDraftField | undefined
    if (field && !errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors }
}

/** Splits "Ana Ruiz, Tom Lee" or one name per line into a list. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,\n;]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
}
