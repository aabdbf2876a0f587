import { useId, useState } from 'react'
import { Link } from 'wouter'
import type { InterviewStep } from '@core/audit'
import { questionKey } from '@core/content'
import type { EvidenceItem } from '@core/evidence'
import { useDatabase } from '../../../db/DatabaseContext'
import { linkEvidence, unlinkEvidence } from '../../../db/repositories/evidence-edits'
import { showError } from '../../../components/toast-store'
import { questionLabel } from './locker-filter'
import { QuestionSelect } from './QuestionSelect'

interface QuestionLinksProps {
  item: EvidenceItem
  order: readonly InterviewStep[]
  steps: ReadonlyMap<string, InterviewStep>
  readOnly: boolean
}

/** The questions an item supports, each a link to it in the interview; link more, or unlink. */
export function QuestionLinks({ item, order, steps, readOnly }: QuestionLinksProps) {
  const db = useDatabase()
  const selectId = useId()
  const [chosen, setChosen] = useState('')
  const linked = item.questionKeys
    .map((key) => ({ key, step: steps.get(key) }))
    .filter((l): l is { key: string; step: InterviewStep } => l.step !== undefined)
    .sort((a, b) => a.step.index - b.step.index)
  const linkable = order.filter(
    (step) => !item.questionKeys.includes(questionKey(step.sectionId, step.question.id)),
  )

  return (
    <div className="question-links">
      <span className="question-links__label">Supports</span>
      {linked.length === 0 ? (
        <span className="muted question-links__none">no question yet</span>
      ) : (
        <ul className="question-links__list">
          {linked.map(({ key, step }) => (
            <li key={key} className="question-link">
              <Link
                href={`/audits/${item.auditId}/interview/${step.sectionId}/${step.question.id}`}
                className="question-link__text"
                title={step.question.prompt}
              >
                {questionLabel(step)}
              </Link>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--icon question-link__remove"
                  aria-label={`Unlink ${item.fileName} from Q${step.index + 1}`}
                  onClick={() => unlinkEvidence(db, item.id, key).catch(showError)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && linkable.length > 0 && (
        <form
          className="question-links__add"
          onSubmit={(e) => {
            e.preventDefault()
            if (!chosen) return
            linkEvidence(db, item.id, chosen).then(() => setChosen(''), showError)
          }}
        >
          <label className="visually-hidden" htmlFor={selectId}>
            Link {item.fileName} to another question
          </label>
          <QuestionSelect
            id={selectId}
            className="input select question-links__select"
            value={chosen}
            onChange={setChosen}
            questions={linkable}
            lazy
          >
            <option value="">Link to another question…</option>
          </QuestionSelect>
          <button type="submit" className="button button--small" disabled={!chosen}>
            Link
          </button>
        </form>
      )}
    </div>
  )
}
