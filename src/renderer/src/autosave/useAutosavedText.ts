import { useEffect, useState } from 'react'
import { useDatabase } from '../db/DatabaseContext'
import { saveDraft, type DraftTarget } from '../db/repositories/drafts'
import { showError } from '../components/toast-store'
import { createJournalledWriter } from './journalled-writer'

/**
 * A text field's value that is written to the database as it is typed (PRODUCT.md §4: no save
 * button, nothing lost if the app is killed or reloaded). The field owns what is being typed; the
 * database owns what was saved. Key the component by target so each record starts from its text.
 */
export function useAutosavedText(
  saved: string,
  target: DraftTarget,
  /** Whether the field is being edited: a text saved elsewhere meanwhile does not replace it. */
  isEditing: () => boolean = () => true,
): { text: string; change: (text: string) => void; flush: () => Promise<void> } {
  const db = useDatabase()
  const [text, setText] = useState(saved)
  const [lastSaved, setLastSaved] = useState(saved)
  // One writer for the field's life: the component is keyed by its target. What it has not yet
  // written is in the draft journal, so a reload, a close or a renderer crash loses nothing.
  const [writer] = useState(() =>
    createJournalledWriter(target, (value: string) => saveDraft(db, target, value), showError),
  )
  useEffect(() => writer.track(), [writer])
  useEffect(() => () => void writer.flush(), [writer])
  // A text saved elsewhere while the field sat idle (a redaction from the export's check for
  // secrets) is shown, so that the next keystroke cannot write the old text back.
  if (saved !== lastSaved) {
    setLastSaved(saved)
    if (saved !== text && writer.unsaved() === undefined && !isEditing()) setText(saved)
  }
  const change = (next: string) => {
    setText(next)
    writer.write(next)
  }
  return { text, change, flush: writer.flush }
}
