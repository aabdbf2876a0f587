import type { Outcome } from '@core/content'

export const ADHOC_LEVEL_NAME = 'Ad-hoc'

/** The section's ladder as a staircase: level 0, Ad-hoc, then one step per outcome. */
export function MaturityLadder({ outcomes }: { outcomes: readonly Outcome[] }) {
  const steps = [
    { id: 'ad-hoc', name: ADHOC_LEVEL_NAME, description: 'None of the outcomes is achieved yet.' },
    ...outcomes,
  ]
  return (
    <section className="card" aria-labelledby="ladder-title">
      <h3 id="ladder-title" className="card__title">
        Maturity ladder
      </h3>
      <ol className="ladder" aria-label="Maturity levels, lowest first">
        {steps.map((step, level) => (
          <li
            key={step.id}
            className="ladder__step"
            style={{ marginInlineStart: `${level * 1.25}rem` }}
          >
            <span className="ladder__level" aria-hidden="true">
              {level}
            </span>
            <span className="ladder__text">
              <strong className="ladder__name">
                <span className="visually-hidden">Level {level}: </span>
                {step.name}
              </strong>
              <span className="ladder__description">{step.description}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
