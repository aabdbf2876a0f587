import { useId, useState } from 'react'
import type { Rating } from '@core/audit'
import { RATING_OPTIONS } from '../interview/ratings'

interface MergeAnswerFormProps {
  startingNotes: string
  startingRating: Rating | undefined
  disabled: boolean
  onSave: (choice: { rating: Rating | undefined; notes: string }) => void
}

/** Both notes in one editable field, each under who wrote it, and a rating to choose. */
export function MergeAnswerForm(props: MergeAnswerFormProps) {
  const { startingNotes, startingRating, disabled, onSave } = props
  const id = useId()
  const [notes, setNotes] = useState(startingNotes)
  const [rating, setRating] = useState<Rating | ''>(startingRating ?? '')
  return (
    <form
      className="conflict__merge"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault()
        onSave({ rating: rating === '' ? undefined : rating, notes })
      }}
    >
      <h4 id={`${id}-title`} className="conflict__merge-title">
        Or merge them
      </h4>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-rating`}>
          Rating
        </label>
        <select
          id={`${id}-rating`}
          className="input select"
          value={rating}
          disabled={disabled}
          onChange={(event) => setRating(event.target.value as Rating | '')}
        >
          <option value="">Unanswered</option>
          {RATING_OPTIONS.map((option) => (
            <option key={option.rating} value={option.rating}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-notes`}>
          Merged notes
        </label>
        <textarea
          id={`${id}-notes`}
          className="input field__notes"
          value={notes}
          disabled={disabled}
          onChange={(event) => setNotes(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={disabled}>
        Save merged answer
      </button>
    </form>
  )
}
