import { useState, type ReactNode } from 'react'
import type { EvidenceItem } from '@core/evidence'
import { TextRedaction } from './TextRedaction'

interface RedactableTextProps {
  item: EvidenceItem
  /** The text once read; undefined while loading (nothing to redact yet). */
  text: string | undefined
  /** How the text is shown when not being redacted. */
  children: ReactNode
}

/** A text item's preview with "Redact text…", which turns it into the redaction view. */
export function RedactableText({ item, text, children }: RedactableTextProps) {
  const [redacting, setRedacting] = useState(false)
  if (redacting && text !== undefined)
    return <TextRedaction item={item} text={text} onDone={() => setRedacting(false)} />
  return (
    <div className="text-redaction">
      {children}
      <div className="text-redaction__actions">
        <button
          type="button"
          className="button"
          disabled={text === undefined || text === ''}
          onClick={() => setRedacting(true)}
        >
          Redact text…
        </button>
      </div>
    </div>
  )
}
