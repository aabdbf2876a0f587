import { ADHOC_LEVEL_NAME, type SectionScore } from '@core/scoring'

/**
 * The section's ladder as a staircase, Ad-hoc at the bottom left: the steps climbed are filled,
 * the step reached is marked in words ("Reached") as well as by its fill, and each outcome says
 * whether it is achieved on its own, so an outcome achieved above a gap is visible too.
 */
export function Staircase({ score }: { score: SectionScore }) {
  const steps = [
    { id: 'ad-hoc', name: ADHOC_LEVEL_NAME, state: 'Starting point' },
    ...score.outcomes.map((o) => ({
      id: o.outcome.id,
      name: o.outcome.name,
      state:
        o.status === 'not-applicable'
          ? 'Not applicable'
          : o.achieved
            ? o.level > score.level
              ? 'Achieved, above a gap'
              : 'Achieved'
            : 'Not achieved',
    })),
  ]
  return (
    <ol
      className="staircase"
      aria-label={`Maturity ladder of ${score.section.title}, lowest level first`}
    >
      {steps.map((step, level) => {
        const place = level === score.level ? 'reached' : level < score.level ? 'climbed' : 'ahead'
        return (
          <li
            key={step.id}
            className={`staircase__step staircase__step--${place}`}
            aria-current={place === 'reached' ? 'step' : undefined}
          >
            {place === 'reached' && (
              <span className="staircase__marker">
                <span aria-hidden="true">▼ </span>Reached
              </span>
            )}
            <span className="staircase__block" style={{ minHeight: `${3.6 + level * 0.9}rem` }}>
              <span className="staircase__level">Level {level}</span>
              <span className="staircase__name">{step.name}</span>
              <span className="staircase__state">{step.state}</span>
            </span>
          </li>
        )
      })}
    </ol>
  )
}
