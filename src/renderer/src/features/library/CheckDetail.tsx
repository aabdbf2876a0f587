import type { Check, Outcome } from '@core/content'

export function CheckDetail({ check, outcomes }: { check: Check; outcomes: readonly Outcome[] }) {
  const titleId = `check-${check.id}`
  return (
    <section className="card check" aria-labelledby={titleId}>
      <header className="check__header">
        <h4 id={titleId} className="card__title">
          {check.title}
        </h4>
        <code className="check__id">{check.id}</code>
        {check.addedBeyondSource && <span className="tag tag--note">Added beyond the source</span>}
      </header>
      <p className="muted">{check.intro}</p>
      <ol className="question-list">
        {check.questions.map((question) => {
          const outcome = outcomes.find((o) => o.id === question.outcomeId)
          return (
            <li key={question.id} className="question-list__item">
              <p className="question-list__prompt">{question.prompt}</p>
              <p className="question-list__guidance">{question.guidance}</p>
              <p className="question-list__meta">
                <span className="tag">Evidences: {outcome?.name ?? question.outcomeId}</span>
                {question.weight !== 1 && <span className="tag">Weight {question.weight}</span>}
              </p>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
