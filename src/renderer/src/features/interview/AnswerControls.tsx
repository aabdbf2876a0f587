import type { ReactNode } from 'react'
import type { Answer, Basis } from '@core/audit'
import type { AnswerPatch } from '../../db/repositories/answers'
import { RATING_OPTIONS } from './ratings'

const BASES: ReadonlyArray<{ basis: Basis; label: string; key: string }> = [
  { basis: 'stated', label: 'Stated in the interview', key: 'S' },
  { basis: 'verified', label: 'Verified with evidence', key: 'V' },
]

interface AnswerControlsProps {
  answer: Answer | undefined
  readOnly: boolean
  onChange: (patch: AnswerPatch) => void
  /** Shown beside the basis, e.g. the evidence behind a verified answer. */
  basisNote?: ReactNode
}

/** Rating, basis and follow-up: toggle buttons, each with its keyboard shortcut shown. */
export function AnswerControls({ answer, readOnly, onChange, basisNote }: AnswerControlsProps) {
  return (
    <div className="answer-controls">
      <div role="group" aria-label="Rating" className="ratings">
        {RATING_OPTIONS.map((option) => (
          <button
            key={option.rating}
            type="button"
            className={`rating rating--${option.rating}`}
            aria-pressed={answer?.rating === option.rating}
            aria-keyshortcuts={option.keys.join(' ')}
            disabled={readOnly}
            onClick={() =>
              onChange({ rating: answer?.rating === option.rating ? undefined : option.rating })
            }
          >
            <kbd aria-hidden="true">{option.keys[0]}</kbd> {option.label}
          </button>
        ))}
      </div>
      <div className="answer-controls__row">
        <div role="group" aria-label="Basis" className="segmented">
          {BASES.map(({ basis, label, key }) => (
            <button
              key={basis}
              type="button"
              className="segmented__option"
              aria-pressed={answer?.basis === basis}
              aria-keyshortcuts={key}
              disabled={readOnly}
              onClick={() => onChange({ basis: answer?.basis === basis ? undefined : basis })}
            >
              {label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="toggle"
          aria-pressed={answer?.followUp ?? false}
          aria-keyshortcuts="F"
          disabled={readOnly}
          onClick={() => onChange({ followUp: !(answer?.followUp ?? false) })}
        >
          ⚑ Flag for follow-up
        </button>
        {basisNote}
      </div>
    </div>
  )
}
