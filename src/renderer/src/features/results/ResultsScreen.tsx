import { useMemo } from 'react'
import { Link, useParams } from 'wouter'
import { sectionComparisonChart } from '@core/charts'
import { formatScore, scoreAudit, toPercent } from '@core/scoring'
import { plural } from '../../components/format'
import { AuditFrame } from '../audit-frame/AuditFrame'
import type { AuditData } from '../audit-frame/useAuditData'
import { useFindings } from '../findings/useFindings'
import { OpenConflictsNotice } from '../team-conflicts/OpenConflictsNotice'
import { ChangeSincePredecessor } from './ChangeSincePredecessor'
import { ChartImage } from './ChartImage'
import { ScoringMethod } from './ScoringMethod'
import { SectionResult } from './SectionResult'
import './results.css'

/** Where the client stands, why, and what comes next (PRODUCT.md §6, §8). */
export function ResultsScreen() {
  const { auditId = '' } = useParams<{ auditId: string }>()
  return <AuditFrame auditId={auditId}>{(data) => <Results data={data} />}</AuditFrame>
}

function Results({ data }: { data: AuditData }) {
  const { audit, content, answers } = data
  const score = useMemo(() => scoreAudit(content, answers), [content, answers])
  const comparison = useMemo(() => sectionComparisonChart(score), [score])
  const findings = useFindings(data)
  const { coverage } = score

  return (
    <main className="page" aria-labelledby="results-title">
      <div className="page__column results">
        <header className="page__header">
          <div>
            <h1 id="results-title" className="page__title">
              Results
            </h1>
            <p className="results__summary">
              {plural(score.sections.length, 'section')} · {coverage.answered} of {coverage.total}{' '}
              questions answered ({toPercent(coverage.ratio)}% coverage) · overall score{' '}
              {formatScore(score.score)}
            </p>
          </div>
          {findings && (
            <Link href={`/audits/${audit.id}/findings`} className="button">
              {findings.length === 0
                ? 'No findings yet'
                : `${plural(findings.length, 'finding')} in the action plan`}
            </Link>
          )}
        </header>

        <OpenConflictsNotice auditId={audit.id} what="results" />

        {coverage.answered < coverage.total && (
          <p className="notice" role="note">
            {plural(coverage.total - coverage.answered, 'question')} still unanswered. Unanswered
            questions lower the coverage, not the scores, and keep their outcome from being
            achieved.
          </p>
        )}

        <section className="card" aria-labelledby="comparison-title">
          <h2 id="comparison-title" className="card__title">
            Section scores
          </h2>
          <p className="muted results__hint">
            Each section's score is the weighted mean of all its scored questions; the level is how
            far up its ladder it has climbed.
          </p>
          <ChartImage chart={comparison} />
        </section>

        <ChangeSincePredecessor audit={audit} score={score} />

        {score.sections.map((section) => (
          <SectionResult key={section.sectionId} auditId={audit.id} score={section} />
        ))}

        <ScoringMethod content={content} />
      </div>
    </main>
  )
}
