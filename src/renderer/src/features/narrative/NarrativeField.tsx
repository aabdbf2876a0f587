import { useEffect, useId, type ReactNode, type RefObject } from 'react'
import type { NarrativePartKey, RichText } from '@core/narrative'
import { useAutosavedText } from '../../autosave/useAutosavedText'
import { LazyRichTextEditor } from '../../components/rich-text/LazyRichTextEditor'

interface NarrativeFieldProps {
  auditId: string
  part: NarrativePartKey
  label: string
  hint: string
  /** What the editor starts with: the saved document, or what the part starts as. */
  initial: RichText
  readOnly: boolean
  /** Shown under the hint and read with it (the summary's draft marker). */
  note?: ReactNode
  /** Buttons beside the label (Regenerate draft). */
  actions?: ReactNode
  /** Each change as it is typed, before it is saved. */
  onEdit?: (doc: RichText) => void
  /** Receives the function that writes what is still unsaved (before the part is replaced). */
  flushRef?: RefObject<(() => Promise<void>) | null>
}

/**
 * One part of the narrative, saved as it is typed, as durably as the interview's notes: the
 * document's JSON is one journalled text. Key it by part (and by anything that resets it).
 */
export function NarrativeField(props: NarrativeFieldProps) {
  const { auditId, part, label, hint, initial, readOnly, note, actions, onEdit, flushRef } = props
  const id = useId()
  const { change, flush } = useAutosavedText(JSON.stringify(initial), {
    kind: 'narrative',
    auditId,
    part,
  })
  useEffect(() => {
    if (!flushRef) return
    flushRef.current = flush
    return () => {
      flushRef.current = null
    }
  }, [flushRef, flush])
  return (
    <section className="narrative-field" aria-labelledby={`${id}-label`}>
      <div className="narrative-field__head">
        <h3 id={`${id}-label`} className="narrative-field__label">
          {label}
        </h3>
        {actions}
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      {note && (
        <p id={`${id}-note`} className="narrative-field__note">
          {note}
        </p>
      )}
      <LazyRichTextEditor
        label={label}
        describedBy={note ? `${id}-note ${id}-hint` : `${id}-hint`}
        initial={initial}
        readOnly={readOnly}
        onChange={(doc) => {
          onEdit?.(doc)
          change(JSON.stringify(doc))
        }}
        onBlur={() => void flush()}
      />
    </section>
  )
}
