import { useRef, useState } from 'react'
import type { EvidenceItem } from '@core/evidence'
import { maskText, mergeRanges, type TextRange } from '@core/redaction/mask-text'
import { toSourceRange } from '@core/redaction/masked-offsets'
import { redactedFileName } from '@core/redaction/redacted-name'
import { showError, useToasts } from '../../../components/toast-store'
import { useDatabase } from '../../../db/DatabaseContext'
import { redactEvidenceText } from '../../secret-scan/scan-actions'
import { isRedactShortcut, REDACT_SHORTCUT } from './redact-shortcut'

interface TextRedactionProps {
  item: EvidenceItem
  /** The item's text as captured: a snippet's or text file's content, a link's URL. */
  text: string
  onDone: () => void
}

/**
 * Redacting a text item: select a passage of the text (mouse or Shift+arrows) and mask it, as
 * often as needed, then keep the result as a redacted version beside the original. Selections are
 * made in the masked text and mapped back to the captured text's offsets.
 */
export function TextRedaction({ item, text, onDone }: TextRedactionProps) {
  const db = useDatabase()
  const field = useRef<HTMLTextAreaElement>(null)
  const [ranges, setRanges] = useState<TextRange[]>([])
  const [status, setStatus] = useState('Select a passage, then Redact selection.')
  const [saving, setSaving] = useState(false)
  const masked = maskText(text, ranges)

  const redactSelection = () => {
    const element = field.current
    if (!element || element.selectionStart === element.selectionEnd) {
      setStatus('Select the text to redact first.')
      return
    }
    const selection = { start: element.selectionStart, end: element.selectionEnd }
    const next = mergeRanges([...ranges, toSourceRange(selection, masked.edits)], text.length)
    setRanges(next)
    setStatus(`${next.length} ${next.length === 1 ? 'passage' : 'passages'} masked, not yet saved.`)
  }

  const save = async () => {
    setSaving(true)
    try {
      await redactEvidenceText(db, item, masked)
      useToasts.getState().show({
        message: `Saved the redacted version “${redactedFileName(item.fileName)}”; the original is kept as captured.`,
        tone: 'info',
      })
      onDone()
    } catch (error) {
      showError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="text-redaction">
      <label className="field__label" htmlFor={`redact-${item.id}`}>
        Text to redact
      </label>
      <textarea
        id={`redact-${item.id}`}
        ref={field}
        className="input preview__text text-redaction__text"
        readOnly
        value={masked.text}
        rows={Math.min(16, masked.text.split('\n').length + 1)}
        aria-describedby={`redact-${item.id}-status`}
        onKeyDown={(event) => {
          if (!isRedactShortcut(event)) return
          event.preventDefault()
          redactSelection()
        }}
      />
      <p id={`redact-${item.id}-status`} className="field__hint" role="status">
        {status}
      </p>
      <div className="text-redaction__actions">
        <button
          type="button"
          className="button"
          aria-keyshortcuts={REDACT_SHORTCUT.aria}
          title={REDACT_SHORTCUT.label}
          onClick={redactSelection}
        >
          Redact selection
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={ranges.length === 0 || saving}
          onClick={() => void save()}
        >
          Save as “{redactedFileName(item.fileName)}”
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  )
}
