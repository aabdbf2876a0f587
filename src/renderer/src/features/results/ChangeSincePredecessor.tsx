import { useMemo } from 'react'
import { Link } from 'wouter'
import type { Audit } from '@core/audit'
import {
  compareScores,
  formatScore,
  type AuditScore,
  type OutcomeScore,
  type SectionChange,
  type SectionScore,
} from '@core/scoring'
import { formatCalendarDate, plural } from '../../components/format'
import { usePredecessorScore } from './usePredecessorScore'

/** For a re-assessment: level and score per section and per outcome, then and now. */
export function ChangeSincePredecessor({ audit, score }: { audit: Audit; score: AuditScore }) {
  const predecessor = usePredecessorScore(audit)
  const changes = useMemo(
    () => (predecessor.state === 'found' ? compareScores(predecessor.score, score) : []),
    [predecessor, score],
  )
  if (predecessor.state === 'none' || predecessor.state === 'loading') return null
  return (
    <section className="card change" aria-labelledby="change-title">
      <h2 id="change-title" className="card__title">
        Change since the previous audit
      </h2>
      {predecessor.state === 'deleted' ? (
        <p className="notice" role="note">
          This audit re-assesses one that has since been deleted, so there is nothing to compare it
          with.
        </p>
      ) : (
        <>
          <p className="muted">
            Compared with{' '}
            <Link href={`/audits/${predecessor.audit.id}/results`}>
              the audit started {formatCalendarDate(predecessor.audit.startDate)}
            </Link>
            , scored the same way.
          </p>
          {changes.map((change) => (
            <SectionChangeTable key={change.sectionId} change={change} />
          ))}
        </>
      )}
    </section>
  )
}

function levelText(score: SectionScore | undefined): string {
  return score ? `Level ${score.level} · ${score.levelName}` : 'Not in scope'
}

function outcomeText(outcome: OutcomeScore | undefined): string {
  if (!outcome) return 'Not on the ladder'
  const state =
    outcome.status === 'not-applicable'
      ? 'not applicable'
      : outcome.achieved
        ? 'achieved'
        : 'not achieved'
  return `${formatScore(outcome.score)} · ${state}`
}

/** "+12 points", "−5 points", "No change"; "—" when either side has no figure. */
export function deltaText(delta: number | null, unit: 'point' | 'level'): string {
  if (delta === null) return '—'
  if (delta === 0) return 'No change'
  const size = Math.abs(delta)
  return `${delta > 0 ? '▲ +' : '▼ −'}${plural(size, unit)}`
}

function SectionChangeTable({ change }: { change: SectionChange }) {
  return (
    <table className="change__table">
      <caption>{change.label}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Previous audit</th>
          <th scope="col">This audit</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        <tr className="change__section-row">
          <th scope="row">Maturity level</th>
          <td>{levelText(change.previous)}</td>
          <td>{levelText(change.current)}</td>
          <td>{deltaText(change.levelDelta, 'level')}</td>
        </tr>
        <tr className="change__section-row">
          <th scope="row">Section score</th>
          <td>{change.previous ? formatScore(change.previous.score) : '—'}</td>
          <td>{change.current ? formatScore(change.current.score) : '—'}</td>
          <td>{deltaText(change.scoreDelta, 'point')}</td>
        </tr>
        {change.outcomes.map((o) => (
          <tr key={o.outcomeId}>
            <th scope="row">Outcome: {o.name}</th>
            <td>{outcomeText(o.previous)}</td>
            <td>{outcomeText(o.current)}</td>
            <td>{deltaText(o.scoreDelta, 'point')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
