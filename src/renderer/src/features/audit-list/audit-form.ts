import {
  parseAuditDraft,
  splitNames,
  type Audit,
  type AuditDraftField,
  type AuditorProfile,
  type DraftErrors,
  type DraftParseResult,
} from '@core/audit'

/** The audit form as typed: auditors are one text field, split into names on submit. */
export interface AuditFormValues {
  client: string
  system: string
  auditors: string
  firm: string
  startDate: string
  sectionIds: string[]
  contextNotes: string
}

/** The fields in the order they appear, so focus can move to the first invalid one. */
export const FORM_FIELD_ORDER: readonly AuditDraftField[] = [
  'client',
  'system',
  'auditors',
  'firm',
  'startDate',
  'sectionIds',
  'contextNotes',
]

export const START_DATE_MESSAGES = {
  empty: 'Enter the start date, or pick it from the calendar.',
  incomplete: 'The start date is incomplete. Enter its day, month and year.',
} as const

export function newAuditValues(
  profile: AuditorProfile | undefined,
  today: string,
  sectionIds: readonly string[],
): AuditFormValues {
  return {
    client: '',
    system: '',
    auditors: profile?.auditorName ?? '',
    firm: profile?.firm ?? '',
    startDate: today,
    sectionIds: [...sectionIds],
    contextNotes: '',
  }
}

export function valuesOfAudit(audit: Audit): AuditFormValues {
  return {
    client: audit.client,
    system: audit.system,
    auditors: audit.auditors.join(', '),
    firm: audit.firm,
    startDate: audit.startDate,
    sectionIds: [...audit.sectionIds],
    contextNotes: audit.contextNotes,
  }
}

/**
 * Validates the form with the same rules the repository relies on. A date field the browser
 * reports as partly typed (`validity.badInput`) hands over an empty value, so its message says
 * what is missing rather than "enter a date".
 */
export function validateAuditForm(
  values: AuditFormValues,
  { startDateIncomplete = false }: { startDateIncomplete?: boolean } = {},
): DraftParseResult {
  const result = parseAuditDraft({ ...values, auditors: splitNames(values.auditors) })
  if (result.ok && !startDateIncomplete) return result
  const errors: DraftErrors = result.ok ? {} : { ...result.errors }
  if (startDateIncomplete) errors.startDate = START_DATE_MESSAGES.incomplete
  else if (errors.startDate && values.startDate.trim() === '') {
    errors.startDate = START_DATE_MESSAGES.empty
  }
  return { ok: false, errors }
}

export function firstInvalidField(errors: DraftErrors): AuditDraftField | undefined {
  return FORM_FIELD_ORDER.find((field) => errors[field] !== undefined)
}
