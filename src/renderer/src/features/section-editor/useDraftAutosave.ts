import { useEffect, useRef, useState } from 'react'
import type { SectionDraft } from '@core/authoring'
import { showError } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { saveDraft } from '../../db/repositories/drafts'
import { createDraftAutosave, type DraftAutosave, type SaveStatus } from './draft-autosave'

/**
 * Saves `draft` whenever it changes, as the interview's notes are saved; flushed when the editor
 * closes. Key the editor by draft id, so one writer serves one draft.
 */
export function useDraftAutosave(
  draftId: string,
  draft: SectionDraft,
): { status: SaveStatus; flush: () => Promise<void> } {
  const db = useDatabase()
  const [status, setStatus] = useState<SaveStatus>('saved')
  const [autosave] = useState<DraftAutosave>(() =>
    createDraftAutosave(draftId, (target, text) => saveDraft(db, target, text), {
      onStatus: setStatus,
      onError: showError,
    }),
  )
  useEffect(() => autosave.track(), [autosave])
  useEffect(() => () => void autosave.flush(), [autosave])

  // The draft as loaded is already saved; each later one (an edit, an undo) is written.
  const saved = useRef(draft)
  useEffect(() => {
    if (saved.current === draft) return
    saved.current = draft
    autosave.save(draft)
  }, [autosave, draft])

  return { status, flush: autosave.flush }
}
