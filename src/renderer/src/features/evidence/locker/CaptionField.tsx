import { useId, useState } from 'react'
import { MAX_CAPTION_LENGTH, type EvidenceItem } from '@core/evidence'
import { useDatabase } from '../../../db/DatabaseContext'
import { updateEvidenceCaption } from '../../../db/repositories/evidence-edits'
import { showError } from '../../../components/toast-store'

/**
 * The caption, edited in place and saved when the field is left or Enter is pressed. Keyed by
 * its saved value by the parent, so a caption changed elsewhere shows at once.
 */
export function CaptionField({ item, readOnly }: { item: EvidenceItem; readOnly: boolean }) {
  const db = useDatabase()
  const id = useId()
  const [text, setText] = useState(item.caption)
  const save = () => {
    if (text.trim() !== item.caption) updateEvidenceCaption(db, item.id, text).catch(showError)
  }
  return (
    <div className="caption-field">
      <label className="visually-hidden" htmlFor={id}>
        Caption for {item.fileName}
      </label>
      <input
        id={id}
        className="input caption-field__input"
        placeholder={readOnly ? 'No caption' : 'Add a caption…'}
        value={text}
        readOnly={readOnly}
        maxLength={MAX_CAPTION_LENGTH}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur()
          if (e.key === 'Escape') setText(item.caption)
        }}
      />
    </div>
  )
}
