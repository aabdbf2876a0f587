import type { AuditorProfile } from '@core/audit'

export type ProfileErrors = Partial<Record<keyof AuditorProfile, string>>

export type ProfileParseResult =
  { ok: true; profile: AuditorProfile } | { ok: false; errors: ProfileErrors }

export const MAX_AUDITOR_NAME = 120
export const MAX_FIRM = 200

/** Validates the auditor's name (required) and firm (optional), with a message per field. */
export function parseProfileForm(values: AuditorProfile): ProfileParseResult {
  const auditorName = values.auditorName.trim()
  const firm = values.firm.trim()
  const errors: ProfileErrors = {}
  if (auditorName === '') errors.auditorName = 'Enter your name, as it should appear on reports.'
  else if (auditorName.length > MAX_AUDITOR_NAME) {
    errors.auditorName = `Your name must be at most ${MAX_AUDITOR_NAME} characters.`
  }
  if (firm.length > MAX_FIRM) errors.firm = `The firm name must be at most ${MAX_FIRM} characters.`
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, profile: { auditorName, firm } }
}
