import { useEffect, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { Audit } from '@core/audit'
import { plural } from '../../components/format'
import { useVirtualList } from '../../components/virtual-list/useVirtualList'
import { useTeamAudits } from '../../db/queries/useTeam'
import { useTeamStore } from '../../team/team-store'
import { describeSharing, shareAccess } from '../team-share/share-people'
import { ShareAuditDialogFor } from '../team-share/ShareAuditDialogFor'
import { ArchiveDialogs } from '../archive/ArchiveDialogs'
import { chooseArchiveToImport, exportAudit, exportEverything } from '../archive/lazy-archive-flows'
import { useAuditListView } from './audit-list-view-store'
import { listAudits, type AuditSummary } from './audit-list'
import { AuditListToolbar } from './AuditListToolbar'
import { AuditRow } from './AuditRow'
import { DeleteAuditDialog } from './DeleteAuditDialog'
import { DuplicateAuditDialog } from './DuplicateAuditDialog'
import { useAuditActions } from './useAuditActions'
import { useAuditSummaries } from './useAuditSummaries'
import './audit-list.css'

type PendingDialog = {
  kind: 'delete' | 'duplicate' | 'share'
  auditId: string
  openCount: number
}

/** Every audit kept on this computer: find one, open it, or start, copy, archive or delete. */
export function AuditsScreen() {
  const summaries = useAuditSummaries()
  const view = useAuditListView()
  const actions = useAuditActions()
  const [, navigate] = useLocation()
  const [pending, setPending] = useState<PendingDialog>()
  const heading = useRef<HTMLHeadingElement>(null)
  const openCount = useRef(0)
  // A row that disappears takes the focus with it: the heading takes it instead. Runs after the
  // dialog's own effect, which hands focus back to the button that opened it.
  const [focusHeading, setFocusHeading] = useState(false)
  useEffect(() => {
    if (!focusHeading) return
    heading.current?.focus()
    setFocusHeading(false)
  }, [focusHeading])

  const target = (kind: PendingDialog['kind']): AuditSummary | undefined =>
    pending?.kind === kind ? summaries?.find((s) => s.audit.id === pending.auditId) : undefined
  const open = (kind: PendingDialog['kind'], audit: Audit) =>
    setPending({ kind, auditId: audit.id, openCount: ++openCount.current })
  const close = () => setPending(undefined)

  async function toggleArchived(audit: Audit) {
    if (audit.archivedAt !== undefined) {
      await actions.restore(audit)
    } else if ((await actions.archive(audit)) && !view.showArchived) {
      setFocusHeading(true)
    }
  }

  async function confirmDelete({ audit }: AuditSummary) {
    close()
    if (await actions.remove(audit)) setFocusHeading(true)
  }

  return (
    <main className="page" aria-labelledby="audits-title">
      <div className="page__column">
        <header className="page__header">
          <h1 id="audits-title" className="page__title" tabIndex={-1} ref={heading}>
            Audits
          </h1>
          <div className="audit-transfer">
            <button type="button" className="button" onClick={() => void chooseArchiveToImport()}>
              Import archive…
            </button>
            <button type="button" className="button" onClick={() => void exportEverything()}>
              Export everything
            </button>
            <Link href="/audits/new" className="button button--primary">
              New audit
            </Link>
          </div>
        </header>

        {summaries === undefined ? null : summaries.length === 0 ? (
          <NoAuditsYet />
        ) : (
          <AuditList
            summaries={summaries}
            onDuplicate={(audit) => open('duplicate', audit)}
            onToggleArchived={(audit) => void toggleArchived(audit)}
            onDelete={(audit) => open('delete', audit)}
            onExport={(audit) => void exportAudit(audit)}
            onShare={(audit) => open('share', audit)}
          />
        )}
      </div>

      <DeleteAuditDialog
        target={target('delete')}
        onCancel={close}
        onConfirm={(summary) => void confirmDelete(summary)}
      />
      <ArchiveDialogs />
      <ShareAuditDialogFor target={target('share')?.audit} onClose={close} />
      <DuplicateAuditDialog
        target={target('duplicate')}
        openCount={pending?.openCount ?? 0}
        onCancel={close}
        onCreated={(copy) => {
          close()
          navigate(`/audits/${copy.id}/interview`)
        }}
      />
    </main>
  )
}

interface AuditListProps {
  summaries: AuditSummary[]
  onDuplicate: (audit: Audit) => void
  onToggleArchived: (audit: Audit) => void
  onDelete: (audit: Audit) => void
  onExport: (audit: Audit) => void
  onShare: (audit: Audit) => void
}

function AuditList({ summaries, ...rowActions }: AuditListProps) {
  const view = useAuditListView()
  const { shown, hiddenArchived } = listAudits(summaries, view)
  const searching = view.query.trim() !== ''
  return (
    <>
      <AuditListToolbar />
      <p className="audit-count muted" role="status">
        {shown.length === 0
          ? searching
            ? `No audits match “${view.query.trim()}”.`
            : 'No audits to show.'
          : searching
            ? `${plural(shown.length, 'audit')} found.`
            : `${plural(shown.length, 'audit')}.`}
        {hiddenArchived > 0 &&
          ` ${plural(hiddenArchived, 'archived audit')} ${hiddenArchived === 1 ? 'is' : 'are'} hidden.`}
      </p>
      {searching && shown.length === 0 && (
        <button type="button" className="button" onClick={() => view.setQuery('')}>
          Clear search
        </button>
      )}
      {shown.length > 0 && <AuditRows shown={shown} {...rowActions} />}
    </>
  )
}

const auditKey = (summary: AuditSummary) => summary.audit.id

/** The rows near the scroll position only: each counts its answers as it is shown. */
function AuditRows({
  shown,
  ...rowActions
}: Omit<AuditListProps, 'summaries'> & { shown: AuditSummary[] }) {
  const list = useVirtualList<AuditSummary, HTMLUListElement>({
    items: shown,
    keyOf: auditKey,
    estimateSize: 190,
  })
  // One read of every shared audit for the whole list, not one per row.
  const shared = useTeamAudits()
  const me = useTeamStore((s) => s.account?.username)
  return (
    <ul className="audit-list" aria-labelledby="audits-title" {...list.listProps}>
      {list.rows.map((row) => {
        const summary = shown[row.index] as AuditSummary
        return (
          <AuditRow
            key={row.key}
            summary={summary}
            sharing={describeSharing(shared?.get(summary.audit.id), me)}
            share={shareAccess(shared?.get(summary.audit.id), me)}
            rowProps={list.rowProps(row)}
            {...rowActions}
          />
        )
      })}
    </ul>
  )
}

function NoAuditsYet() {
  return (
    <section className="empty-state" aria-labelledby="no-audits-title">
      <h2 id="no-audits-title">No audits yet</h2>
      <p className="muted">
        An audit holds one engagement: the client, the system or team you assess, the sections you
        cover, and every answer, note and piece of evidence from the interviews.
      </p>
      <Link href="/audits/new" className="button button--primary">
        New audit
      </Link>
    </section>
  )
}
