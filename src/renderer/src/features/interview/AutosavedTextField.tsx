import { useId, type RefObject } from 'react'
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
}

/** A labelled field saved as you type; its parent keys it by record. */
export function AutosavedTextField(props: AutosavedTextFieldProps) {
  const { label, hint, saved, target, readOnly, multiline, inputRef } = props
  const id = useId()
  const { text, change, flush } = useAutosavedText(saved, target)
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className="field__hint">
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
          aria-describedby={hintId}
          onChange={(e) => change(e.target.value)}
          onBlur={() => void flush()}
          rows={8}
        />
      ) : (
        <input
          id={id}
          className="input"
          value={text}
          readOnly={readOnly}
          aria-describedby={hintId}
          onChange={(e) => change(e.target.value)}
          onBlur={() => void flush()}
        />
      )}
    </div>
  )
}
