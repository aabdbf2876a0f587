import { useId, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import type { DraftTarget } from '../../db/repositories/drafts'
import { useAutosavedText } from '../../autosave/useAutosavedText'

interface AutosavedTextFieldProps {
  label: string
  hint?: string
  saved: string
  target: DraftTarget
  readOnly: boolean
  multiline?: boolean
  inputRef?: RefObject<HTMLTextAreaElement | null>
  /** Shown beside the label, e.g. a control that says who may read the text. */
  aside?: ReactNode
  /** An element that describes the field further (beside the hint). */
  describedBy?: string
  /** Keys the field handles itself, e.g. the notes' "Redact selection". */
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void
}

/** A labelled field saved as you type; its parent keys it by record. */
export function AutosavedTextField(props: AutosavedTextFieldProps) {
  const {
    label,
    hint,
    saved,
    target,
    readOnly,
    multiline,
    inputRef,
    aside,
    describedBy,
    onKeyDown,
  } = props
  const id = useId()
  const { text, change, flush } = useAutosavedText(
    saved,
    target,
    () => document.activeElement?.id === id,
  )
  const describedByIds =
    [hint ? `${id}-hint` : undefined, describedBy].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      {aside ? (
        <div className="field__label-row">
          <label className="field__label" htmlFor={id}>
            {label}
          </label>
          {aside}
        </div>
      ) : (
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      )}
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea
          id={id}
          ref={inputRef}
          className="input field__notes"
          value={text}
          readOnly={readOnly}
          aria-describedby={describedByIds}
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => void flush()}
          rows={8}
        />
      ) : (
        <input
          id={id}
          className="input"
          value={text}
          readOnly={readOnly}
          aria-describedby={describedByIds}
          onChange={(e) => change(e.target.value)}
          onBlur={() => void flush()}
        />
      )}
    </div>
  )
}
