import { isCalendarDate } from '../audit/audit-draft'
import {
  FINDING_STATUSES,
  SEVERITIES,
  type FindingEdit,
  type FindingStatus,
  type Severity,
} from './model'

/**
 * A change to a finding. `title`, `gap`, `recommendation` and `severity` set to `null` (or, for
 * text, to blank) go back to the derived value; absent fields are left as they are.
 */
export interface FindingEditPatch {
  title?: string | null
  gap?: string | null
  recommendation?: string | null
  severity?: Severity | null
  owner?: string
  dueDate?: string
  status?: FindingStatus
}

export const FINDING_TEXT_LIMITS = {
  title: 300,
  gap: 20_000,
  recommendation: 20_000,
  owner: 200,
} as const

/** The stored fields a patch sets, or why it cannot be applied, in the user's words. */
export type NormalisedFindingPatch =
  { changes: Partial<FindingEdit>; problem?: never } | { problem: string; changes?: never }

const OVERRIDABLE_TEXT = ['title', 'gap', 'recommendation'] as const

/** Checks a patch and turns it into the stored fields; the first problem found when invalid. */
export function normaliseFindingPatch(patch: FindingEditPatch): NormalisedFindingPatch {
  const changes: Partial<FindingEdit> = {}
  for (const field of OVERRIDABLE_TEXT) {
    if (!(field in patch)) continue
    const value = patch[field] ?? null
    const limit = FINDING_TEXT_LIMITS[field]
    if (value !== null && value.trim() !== '' && value.length > limit) {
      return { problem: `The ${field} must be at most ${limit.toLocaleString()} characters.` }
    }
    // Blank goes back to the derived value, like null.
    changes[field] = value === null || value.trim() === '' ? undefined : value.trim()
  }
  if ('severity' in patch) {
    const severity = patch.severity ?? undefined
    if (severity !== undefined && !SEVERITIES.includes(severity)) {
      return { problem: 'Choose a severity: critical, high, medium or low.' }
    }
    changes.severity = severity
  }
  if (patch.owner !== undefined) {
    const owner = patch.owner.trim()
    if (owner.length > FINDING_TEXT_LIMITS.owner) {
      return { problem: `The owner must be at most ${FINDING_TEXT_LIMITS.owner} characters.` }
    }
    changes.owner = owner
  }
  if (patch.dueDate !== undefined) {
    const dueDate = patch.dueDate.trim()
    if (dueDate !== '' && !isCalendarDate(dueDate)) {
      return { problem: 'Enter the due date as a real date, like 2027-01-31, or leave it empty.' }
    }
    changes.dueDate = dueDate
  }
  if (patch.status !== undefined) {
    if (!FINDING_STATUSES.includes(patch.status)) {
      return { problem: 'Choose a status: open, in progress, done or accepted risk.' }
    }
    changes.status = patch.status
  }
  return { changes }
}
