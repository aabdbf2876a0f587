import { coalesceKeyOf, editDraft } from './edits'
import type { DraftEdit } from './edit-types'
import type { SectionDraft } from './section-draft'

/**
 * Undo and redo for the section editor: the drafts before and after the present one. Plain data,
 * so the screen keeps it in its store; what is saved is only `present`.
 */
export interface DraftHistory {
  past: readonly SectionDraft[]
  present: SectionDraft
  future: readonly SectionDraft[]
  /** The coalescing key of the edit that made `present`, while later edits may join its step. */
  openStep?: string
}

/** Steps kept for undo; older ones are forgotten. */
export const MAX_UNDO_STEPS = 200

export function startHistory(draft: SectionDraft): DraftHistory {
  return { past: [], present: draft, future: [] }
}

/**
 * The history after `edit`: a new step, or the same step when the edit continues the previous
 * one (the same field, typed on). An edit that changes nothing leaves the history as it is.
 */
export function applyEdit(history: DraftHistory, edit: DraftEdit): DraftHistory {
  const next = editDraft(history.present, edit)
  if (next === history.present) return history
  const key = coalesceKeyOf(edit)
  if (key !== undefined && key === history.openStep)
    return { past: history.past, present: next, future: [], openStep: key }
  return {
    past: [...history.past, history.present].slice(-MAX_UNDO_STEPS),
    present: next,
    future: [],
    ...(key === undefined ? {} : { openStep: key }),
  }
}

/** Ends the open step, so the next edit of the same field is a step of its own (on blur). */
export function closeStep(history: DraftHistory): DraftHistory {
  if (history.openStep === undefined) return history
  return { past: history.past, present: history.present, future: history.future }
}

export function canUndo(history: DraftHistory): boolean {
  return history.past.length > 0
}

export function canRedo(history: DraftHistory): boolean {
  return history.future.length > 0
}

export function undo(history: DraftHistory): DraftHistory {
  const previous = history.past[history.past.length - 1]
  if (previous === undefined) return history
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  }
}

export function redo(history: DraftHistory): DraftHistory {
  const [next, ...rest] = history.future
  if (next === undefined) return history
  return { past: [...history.past, history.present], present: next, future: rest }
}
