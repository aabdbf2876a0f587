import { useMemo } from 'react'
import { outcomeScoreChart } from '@core/charts'
import { formatScore, toPercent, type SectionScore } from '@core/scoring'
import { Blockers } from './Blockers'
import { ChartImage } from './ChartImage'
import { Staircase } from './Staircase'

/** One section's results: its level on the staircase, outcome scores, coverage and blockers. */
export function SectionResult({ auditId, score }: { auditId: string; score: SectionScore }) {
  const chart = useMemo(() => outcomeScoreChart(score), [score])
  const titleId = `result-${score.sectionId}`
  const { coverage } = score
  return (
    <section className="card section-result" aria-labelledby={titleId}>
      <header className="section-result__header">
        <p className="eyebrow">
          Section {score.section.number} · {score.section.category}
        </p>
        <h2 id={titleId} className="section-result__title">
          {score.section.title}
        </h2>
      </header>

      <dl className="result-stats">
        <div className="result-stats__item">
          <dt>Maturity level</dt>
          <dd className="result-stats__value" data-testid="section-level">
            Level {score.level} of {score.maxLevel} — {score.levelName}
          </dd>
        </div>
        <div className="result-stats__item">
          <dt>Section score</dt>
          <dd className="result-stats__value" data-testid="section-score">
            {formatScore(score.score)}
          </dd>
        </div>
        <div className="result-stats__item">
          <dt>Coverage</dt>
          <dd className="result-stats__value" data-testid="section-coverage">
            {coverage.answered} of {coverage.total} answered ({toPercent(coverage.ratio)}%)
          </dd>
        </div>
      </dl>

      <Staircase score={score} />

      <h3 className="results__subtitle">Outcome scores</h3>
      <p className="muted results__hint">
        Each bar is the weighted mean of the outcome's scored questions; the dashed line is the{' '}
        {toPercent(score.threshold)}% an outcome needs, with every question answered, to be
        achieved.
      </p>
      <ChartImage chart={chart} />

      <Blockers auditId={auditId} score={score} />
    </section>
  )
}
