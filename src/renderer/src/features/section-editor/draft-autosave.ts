import type { SectionDraft } from '@core/authoring'
import { createJournalledWriter, type JournalledWriter } from '../../autosave/journalled-writer'
import { writeJournal } from '../../db/draft-journal'
import type { DraftTarget } from '../../db/repositories/drafts'

/** What the editor's quiet status line says. */
export type SaveStatus = 'saved' | 'saving' | 'failed'

export interface DraftAutosave {
  /** Writes the draft as it now stands, durably from this call (the draft journal holds it). */
  save(draft: SectionDraft): void
  flush(): Promise<void>
  /** Puts the unsaved draft in every journal written; returns the function to stop. */
  track(): () => void
}

interface Options {
  onStatus(status: SaveStatus): void
  onError(error: unknown): void
  /** Tests pass their own; the app writes the journal in localStorage. */
  updateJournal?: () => void
}

/**
 * A draft saved as notes are (PRODUCT.md §4): the whole draft is one journalled text, its JSON,
 * so a reload or a crash between the edit and the write loses nothing.
 */
export function createDraftAutosave(
  draftId: string,
  persist: (target: DraftTarget, text: string) => Promise<unknown>,
  { onStatus, onError, updateJournal = () => writeJournal() }: Options,
): DraftAutosave {
  const target: DraftTarget = { kind: 'section-draft', draftId }
  const writer: JournalledWriter = createJournalledWriter(
    target,
    (text) => persist(target, text),
    (error) => {
      onStatus('failed')
      onError(error)
    },
    () => {
      updateJournal()
      // Called as a write starts and when the writer settles: settled with nothing unsaved is saved.
      if (writer.unsaved() === undefined) onStatus('saved')
    },
  )
  return {
    save(draft) {
      onStatus('saving')
      writer.write(JSON.stringify(draft))
    },
    flush: writer.flush,
    track: writer.track,
  }
}
