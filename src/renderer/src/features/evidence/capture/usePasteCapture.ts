import { useEffect, useRef } from 'react'
import { fileInput, filesOf, type CaptureInput } from './capture-sources'
import { takesTyping } from '../../../components/text-field'

/**
 * Ctrl/Cmd+V anywhere on the screen outside a text field adds what the clipboard holds as
 * evidence: an image becomes a screenshot, copied files become files. A paste into a text field,
 * or while a dialog is open, is left to the browser.
 */
export function usePasteCapture(onPaste: (inputs: CaptureInput[]) => void, enabled: boolean): void {
  const latest = useRef(onPaste)
  useEffect(() => {
    latest.current = onPaste
  })
  useEffect(() => {
    if (!enabled) return
    const listener = (event: ClipboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      if (event.target instanceof HTMLElement && takesTyping(event.target)) return
      const files = filesOf(event.clipboardData)
      if (files.length === 0) return
      event.preventDefault()
      const now = new Date()
      latest.current(
        files.map((file) =>
          fileInput(file, file.type.startsWith('image/') ? 'screenshot' : 'file', now),
        ),
      )
    }
    window.addEventListener('paste', listener)
    return () => window.removeEventListener('paste', listener)
  }, [enabled])
}
