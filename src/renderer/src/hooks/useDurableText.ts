import { useEffect, useRef, useState } from 'react'
import { showError } from '../stores/toast-store'
import { createCoalescingWriter } from './coalescing-writer'

/**
 * A text field's value that is written to the database as it is typed (PRODUCT.md §4: no save
 * button, nothing lost if the app is killed). The field owns what is being typed; the database
 * owns what was saved. Key the component by record so a new record starts from its saved text.
 */
export function useDurableText(
  saved: string,
  persist: (text: string) => Promise<unknown>,
): { text: string; change: (text: string) => void; flush: () => Promise<void> } {
  const [text, setText] = useState(saved)
  const persistRef = useRef(persist)
  useEffect(() => {
    persistRef.current = persist
  })
  const [writer] = useState(() =>
    createCoalescingWriter((value: string) => persistRef.current(value), showError),
  )
  useEffect(() => () => void writer.flush(), [writer])
  const change = (next: string) => {
    setText(next)
    writer.write(next)
  }
  return { text, change, flush: writer.flush }
}
