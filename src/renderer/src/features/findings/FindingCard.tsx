import { Link } from 'wouter'
import { RATING_LABELS } from '@core/audit'
import { findingWarnings, type Finding } from '@core/findings'
import { formatCalendarDate } from '../../components/format'
import { SeverityBadge, StatusBadge, WarningBadges } from './FindingBadges'
import { InternalBadge } from '../../components/InternalBadge'
import { AnswerComments } from '../team-share/AnswerComments'
import { findingTarget } from '../team-share/team-docs-view'

interface FindingCardProps {
  finding: Finding
  readOnly: boolean
  onEdit: () => void
}

/** The id of a finding's card, which a search result brings into view and focus. */
export const findingCardId = (key: string) => `finding-card-${key}`

/** One finding as the client will read it, with its tracking fields and a way to edit it. */
export function FindingCard({ finding, readOnly, onEdit }: FindingCardProps) {
  const titleId = `finding-${finding.id}-title`
  const warnings = findingWarnings(finding)
  return (
    <article
      id={findingCardId(finding.key)}
      tabIndex={-1}
      className={`finding${warnings.length > 0 ? ' finding--incomplete' : ''}`}
      aria-labelledby={titleId}
    >
      <header className="finding__header">
        <SeverityBadge severity={finding.severity} />
        <span className="finding__id">{finding.id}</span>
        <span className="finding__where">
          {finding.sectionNumber} · {finding.sectionTitle} › {finding.checkTitle}
        </span>
        <span className={`finding__rating finding__rating--${finding.rating}`}>
          {RATING_LABELS[finding.rating]}
        </span>
      </header>
      <h2 id={titleId} className="finding__title">
        {finding.title}
      </h2>
      <WarningBadges warnings={warnings} />
      <dl className="finding__text">
        <div>
          <dt>
            Gap observed
            {finding.notesInternal && !finding.overridden.gap && <InternalBadge short />}
          </dt>
          <dd>{finding.gap}</dd>
        </div>
        <div>
          <dt>Recommendation</dt>
          <dd>{finding.recommendation}</dd>
        </div>
      </dl>
      <div className="finding__footer">
        <dl className="finding__tracking">
          <div>
            <dt>Owner</dt>
            <dd>{finding.owner || <span className="finding__missing">Not set</span>}</dd>
          </div>
          <div>
            <dt>Due date</dt>
            <dd>
              {finding.dueDate ? (
                <time dateTime={finding.dueDate}>{formatCalendarDate(finding.dueDate)}</time>
              ) : (
                <span className="finding__missing">Not set</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={finding.status} />
            </dd>
          </div>
        </dl>
        <div className="finding__actions">
          <Link
            href={`/audits/${finding.auditId}/interview/${finding.sectionId}/${finding.questionId}`}
            className="button button--small"
          >
            Open question<span className="visually-hidden"> {finding.id}</span>
          </Link>
          {!readOnly && (
            <button type="button" className="button button--small button--primary" onClick={onEdit}>
              Edit<span className="visually-hidden"> finding {finding.id}</span>
            </button>
          )}
        </div>
      </div>
      <AnswerComments
        auditId={finding.auditId}
        target={findingTarget(finding.sectionId, finding.questionId)}
        label={`Comments on finding ${finding.id}`}
      />
    </article>
  )
}
