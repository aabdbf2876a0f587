import { useEffect, useState } from 'react'
import { trackUnsavedDraft } from '../db/draft-journal'
import { useDatabase } from '../db/DatabaseContext'
import { saveDraft, type DraftTarget } from '../db/repositories/drafts'
import { showError } from '../stores/toast-store'
import { createCoalescingWriter } from './coalescing-writer'

/**
 * A text field's value that is written to the database as it is typed (PRODUCT.md §4: no save
 * button, nothing lost if the app is killed or reloaded). The field owns what is being typed; the
 * database owns what was saved. Key the component by target so each record starts from its text.
 */
export function useDurableText(
  saved: string,
  target: DraftTarget,
): { text: string; change: (text: string) => void; flush: () => Promise<void> } {
  const db = useDatabase()
  const [text, setText] = useState(saved)
  // One writer for the field's life: the component is keyed by its target.
  const [writer] = useState(() =>
    createCoalescingWriter((value: string) => saveDraft(db, target, value), showError),
  )
  const [journalSource] = useState(() => ({ target, unsaved: writer.unsaved }))
  useEffect(() => trackUnsavedDraft(journalSource), [journalSource])
  useEffect(() => () => void writer.flush(), [writer])
  const change = (next: string) => {
    setText(next)
    writer.write(next)
  }
  return { text, change, flush: writer.flush }
}
