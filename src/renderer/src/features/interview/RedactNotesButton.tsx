import type { RefObject } from 'react'
import { REDACT_SHORTCUT } from '../evidence/redaction/redact-shortcut'
import { redactNotesSelection } from './redact-notes'

/** "Redact selection" beside the notes: masks the passage selected in them (Ctrl+Shift+X). */
export function RedactNotesButton(props: {
  notesRef: RefObject<HTMLTextAreaElement | null>
  readOnly: boolean
}) {
  const { notesRef, readOnly } = props
  return (
    <button
      type="button"
      className="button button--small"
      disabled={readOnly}
      aria-keyshortcuts={REDACT_SHORTCUT.aria}
      title={`Mask the selected passage of the notes (${REDACT_SHORTCUT.label})`}
      onClick={() => {
        const field = notesRef.current
        if (field) redactNotesSelection(field)
      }}
    >
      Redact selection
    </button>
  )
}
