import {
  emptyFindingEdit,
  normaliseFindingPatch,
  type FindingEdit,
  type FindingEditPatch,
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
  const { changes, problem } = normaliseFindingPatch(patch)
  if (problem !== undefined) throw new UserFacingError(problem)
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
