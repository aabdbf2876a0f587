import { Link } from 'wouter'
import { formatScore, toPercent, type BlockerReason, type SectionScore } from '@core/scoring'

const REASON_LABELS: Record<BlockerReason, string> = {
  unanswered: 'Unanswered',
  'not-met': 'Not met',
  partial: 'Partially met',
}

/** "What blocks the next level": each blocking question, linked to it in the interview. */
export function Blockers({ auditId, score }: { auditId: string; score: SectionScore }) {
  const next = score.nextOutcome
  const headingId = `blockers-${score.sectionId}`
  const prompts = new Map(
    score.section.checks.flatMap((c) => c.questions.map((q) => [q.id, { q, check: c }] as const)),
  )
  const aboveGap = score.outcomes.filter((o) => o.achieved && o.level > score.level + 1)
  return (
    <section className="blockers" aria-labelledby={headingId}>
      <h3 id={headingId} className="results__subtitle">
        What blocks the next level
      </h3>
      {!next ? (
        <p>Every outcome is achieved: {score.section.title} is at the top of its ladder.</p>
      ) : (
        <>
          <p>
            To reach{' '}
            <strong>
              Level {next.level} — {next.outcome.name}
            </strong>
            , this outcome needs a score of at least {toPercent(next.threshold)}%
            {next.score !== null && ` (it has ${formatScore(next.score)})`} and every question
            answered.
            {next.unansweredCount > 0 &&
              ` ${next.unansweredCount} of its questions ${next.unansweredCount === 1 ? 'is' : 'are'} unanswered.`}
          </p>
          <ul className="blockers__list">
            {score.blockers.map(({ question, reason }) => {
              const ref = prompts.get(question.questionId)
              return (
                <li key={question.questionId} className="blockers__item">
                  <span className={`blockers__reason blockers__reason--${reason}`}>
                    {REASON_LABELS[reason]}
                  </span>
                  <Link
                    href={`/audits/${auditId}/interview/${score.sectionId}/${question.questionId}`}
                    className="blockers__link"
                  >
                    {ref?.q.prompt ?? question.questionId}
                  </Link>
                  {ref && <span className="blockers__check">{ref.check.title}</span>}
                </li>
              )
            })}
          </ul>
          {aboveGap.length > 0 && (
            <p className="muted blockers__gap">
              Already achieved higher up: {aboveGap.map((o) => o.outcome.name).join(', ')}. They
              count once every level below them is reached.
            </p>
          )}
        </>
      )}
    </section>
  )
}
