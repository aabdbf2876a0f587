import { isCalendarDate } from '@core/audit'
import {
  emptyFindingEdit,
  FINDING_STATUSES,
  SEVERITIES,
  type FindingEdit,
  type FindingStatus,
  type Severity,
} from '@core/findings'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../database'
import { requireEditable } from './audits'
import { systemClock, type Clock } from './clock'

export interface FindingKey {
  auditId: string
  sectionId: string
  questionId: string
}

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

function overrideText(
  field: 'title' | 'gap' | 'recommendation',
  value: string | null,
): string | undefined {
  if (value === null || value.trim() === '') return undefined
  const limit = FINDING_TEXT_LIMITS[field]
  if (value.length > limit) {
    throw new UserFacingError(`The ${field} must be at most ${limit.toLocaleString()} characters.`)
  }
  return value.trim()
}

/** Checks a patch and turns it into the stored fields. Throws a UserFacingError when invalid. */
export function normaliseFindingPatch(patch: FindingEditPatch): Partial<FindingEdit> {
  const next: Partial<FindingEdit> = {}
  for (const field of ['title', 'gap', 'recommendation'] as const) {
    if (field in patch) next[field] = overrideText(field, patch[field] ?? null)
  }
  if ('severity' in patch) {
    const severity = patch.severity ?? undefined
    if (severity !== undefined && !SEVERITIES.includes(severity)) {
      throw new UserFacingError('Choose a severity: critical, high, medium or low.')
    }
    next.severity = severity
  }
  if (patch.owner !== undefined) {
    const owner = patch.owner.trim()
    if (owner.length > FINDING_TEXT_LIMITS.owner) {
      throw new UserFacingError(
        `The owner must be at most ${FINDING_TEXT_LIMITS.owner} characters.`,
      )
    }
    next.owner = owner
  }
  if (patch.dueDate !== undefined) {
    const dueDate = patch.dueDate.trim()
    if (dueDate !== '' && !isCalendarDate(dueDate)) {
      throw new UserFacingError(
        'Enter the due date as a real date, like 2027-01-31, or leave it empty.',
      )
    }
    next.dueDate = dueDate
  }
  if (patch.status !== undefined) {
    if (!FINDING_STATUSES.includes(patch.status)) {
      throw new UserFacingError('Choose a status: open, in progress, done or accepted risk.')
    }
    next.status = patch.status
  }
  return next
}

/**
 * Applies the consultant's change to a finding, creating its edit record on first touch. The
 * record is keyed by question and never deleted when the rating changes, so the edit is there
 * again when the question falls short once more. A final audit refuses every change.
 */
export async function saveFindingEdit(
  db: WorkbookDatabase,
  key: FindingKey,
  patch: FindingEditPatch,
  clock: Clock = systemClock,
): Promise<FindingEdit> {
  const changes = normaliseFindingPatch(patch)
  return db.transaction('rw', db.audits, db.findingEdits, async () => {
    const audit = await requireEditable(db, key.auditId)
    const now = clock.now()
    const current =
      (await db.findingEdits.get([key.auditId, key.sectionId, key.questionId])) ??
      emptyFindingEdit(key.auditId, key.sectionId, key.questionId, now)
    const next: FindingEdit = { ...current, ...changes, updatedAt: now }
    await db.findingEdits.put(next)
    await db.audits.update(audit.id, { updatedAt: now })
    return next
  })
}

export function findingEditsOf(db: WorkbookDatabase, auditId: string): Promise<FindingEdit[]> {
  return db.findingEdits.where('auditId').equals(auditId).toArray()
}
