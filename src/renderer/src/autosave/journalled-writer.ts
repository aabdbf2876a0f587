import { trackUnsavedDraft, writeJournal } from '../db/draft-journal'
import type { DraftTarget } from '../db/repositories/drafts'
import { createCoalescingWriter, type CoalescingWriter } from './coalescing-writer'

export interface JournalledWriter extends CoalescingWriter<string> {
  /** Puts the field's unsaved text in every journal written; returns the function to stop. */
  track(): () => void
}

/**
 * A text field's coalescing writer whose unsaved text is in the draft journal from the keystroke
 * until its write lands. A renderer that crashes gets no `pagehide`, so the copy cannot wait for
 * one: it is written synchronously with the keystroke (localStorage is cheap next to the
 * IndexedDB write it covers), and rewritten only when the writer settles, not per landed write.
 */
export function createJournalledWriter(
  target: DraftTarget,
  persist: (text: string) => Promise<unknown>,
  onError: (error: unknown) => void,
  updateJournal: () => void = () => writeJournal(),
): JournalledWriter {
  const writer = createCoalescingWriter(persist, onError, { onSettled: updateJournal })
  return {
    write(text) {
      writer.write(text)
      updateJournal()
    },
    flush: writer.flush,
    unsaved: writer.unsaved,
    track: () => trackUnsavedDraft({ target, unsaved: writer.unsaved }),
  }
}
