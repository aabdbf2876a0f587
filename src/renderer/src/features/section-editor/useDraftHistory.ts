import { useCallback, useEffect, useState } from 'react'
import {
  applyEdit,
  canRedo,
  canUndo,
  closeStep,
  redo,
  startHistory,
  undo,
  type DraftEdit,
  type SectionDraft,
} from '@core/authoring'
import { historyCommandOf, isTextEntry } from './history-shortcuts'

export interface DraftHistoryControls {
  draft: SectionDraft
  edit(edit: DraftEdit): void
  undo(): void
  redo(): void
  canUndo: boolean
  canRedo: boolean
  /** Ends the typing step, so the next change to the same field is an undo step of its own. */
  closeStep(): void
}

/**
 * The draft being edited with its undo history (core's), and the keyboard shortcuts for it.
 * The history is UI state of this screen only: what is saved is the present draft.
 */
export function useDraftHistory(initial: SectionDraft): DraftHistoryControls {
  const [history, setHistory] = useState(() => startHistory(initial))
  const editDraft = useCallback((edit: DraftEdit) => setHistory((h) => applyEdit(h, edit)), [])
  const undoEdit = useCallback(() => setHistory((h) => undo(closeStep(h))), [])
  const redoEdit = useCallback(() => setHistory((h) => redo(closeStep(h))), [])
  const close = useCallback(() => setHistory(closeStep), [])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target as HTMLElement | null)) return
      const command = historyCommandOf(event)
      if (!command) return
      event.preventDefault()
      if (command === 'undo') undoEdit()
      else redoEdit()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [undoEdit, redoEdit])

  return {
    draft: history.present,
    edit: editDraft,
    undo: undoEdit,
    redo: redoEdit,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    closeStep: close,
  }
}
