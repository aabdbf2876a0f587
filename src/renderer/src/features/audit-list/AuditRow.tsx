import { Link } from 'wouter'
import type { Audit } from '@core/audit'
import { formatCalendarDate, formatDateTime } from '../../components/format'
import { STATUS_LABELS } from '@core/audit'
import type { VirtualRowProps } from '../../components/virtual-list/useVirtualList'
import type { AuditSummary } from './audit-list'
import { AuditProgress } from './AuditProgress'
import { memoRow } from '../../components/virtual-list/memo-row'

interface AuditRowProps {
  summary: AuditSummary
  /** Who else is on it, when it is shared with the team (issue 18). */
  sharing: string | undefined
  /** Its place in the virtualised list. */
  rowProps: VirtualRowProps
  onDuplicate: (audit: Audit) => void
  onToggleArchived: (audit: Audit) => void
  onDelete: (audit: Audit) => void
  onExport: (audit: Audit) => void
  /**
   * While a team workspace is connected: whether the user may change who is on the audit (its
   * owner, or anyone before it is shared) or only see them; absent in solo use.
   */
  share: 'change' | 'view' | undefined
  onShare: (audit: Audit) => void
}

/** One audit on the audits screen: who and what, where it stands, and what can be done to it. */
function AuditRowView({
  summary,
  sharing,
  rowProps,
  onDuplicate,
  onToggleArchived,
  onDelete,
  onExport,
  share,
  onShare,
}: AuditRowProps) {
  const { audit, predecessor, predecessorGone } = summary
  const titleId = `audit-${audit.id}-title`
  const archived = audit.archivedAt !== undefined
  return (
    <li className="audit-row" aria-labelledby={titleId} {...rowProps}>
      <div className="audit-row__who">
        <div className="audit-row__heading">
          <h2 id={titleId} className="audit-row__client">
            {audit.client}
          </h2>
          <span className={`badge badge--${audit.status}`}>
            <span className="visually-hidden">Status: </span>
            {STATUS_LABELS[audit.status]}
          </span>
          {archived && <span className="badge badge--archived">Archived</span>}
        </div>
        <p className="audit-row__system">{audit.system}</p>
        <p className="audit-row__people">
          {audit.auditors.join(', ')}
          {audit.firm && ` · ${audit.firm}`}
        </p>
        {sharing && <p className="audit-row__sharing">{sharing}</p>}
        {predecessor && (
          <p className="audit-row__lineage">
            <Link href={`/audits/${predecessor.id}/interview`}>
              Re-assessment of {predecessor.client} ({formatCalendarDate(predecessor.startDate)})
            </Link>
          </p>
        )}
        {predecessorGone && (
          <p className="audit-row__lineage muted">Re-assessment of a deleted audit</p>
        )}
      </div>

      <div className="audit-row__state">
        <AuditProgress audit={audit} />
        <p className="audit-row__dates">
          <span>Started {formatCalendarDate(audit.startDate)}</span>
          <span>Last change {formatDateTime(audit.updatedAt)}</span>
        </p>
      </div>

      <div className="audit-row__actions">
        <Link
          href={`/audits/${audit.id}/interview`}
          className="button button--primary button--small"
          aria-label={`Open ${audit.client}`}
        >
          Open
        </Link>
        <Link
          href={`/audits/${audit.id}/edit`}
          className="button button--small"
          aria-label={`Edit ${audit.client}`}
        >
          Edit
        </Link>
        <button
          type="button"
          className="button button--small"
          aria-label={`Duplicate ${audit.client}`}
          onClick={() => onDuplicate(audit)}
        >
          Duplicate
        </button>
        {share && (
          <button
            type="button"
            className="button button--small"
            aria-label={
              share === 'change' ? `Share ${audit.client}…` : `Who is on ${audit.client}…`
            }
            onClick={() => onShare(audit)}
          >
            {share === 'change' ? 'Share…' : 'Who is on it…'}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          aria-label={`Export archive of ${audit.client}`}
          onClick={() => onExport(audit)}
        >
          Export archive
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`${archived ? 'Restore' : 'Archive'} ${audit.client}`}
          onClick={() => onToggleArchived(audit)}
        >
          {archived ? 'Restore' : 'Archive'}
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={`Delete ${audit.client}`}
          onClick={() => onDelete(audit)}
        >
          Delete
        </button>
      </div>
    </li>
  )
}

/** Rendered again only when its own props change, not at every scroll frame. */
export const AuditRow = memoRow(AuditRowView)
