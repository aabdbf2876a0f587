import { useMemo, useState } from 'react'
import { Link } from 'wouter'
import { answersInScope, progressOf, STATUS_LABELS } from '@core/audit'
import { Dialog } from '../../components/Dialog'
import { ProgressBar } from '../../components/ProgressBar'
import { useDatabase } from '../../db/DatabaseContext'
import { setAuditStatus } from '../../db/repositories/audits'
import { showError } from '../../components/toast-store'
import { ExportReportDialog } from '../report/ExportReportDialog'
import { HeaderConflictsLink } from '../team-conflicts/HeaderConflictsLink'
import { useOpenConflicts } from '../../db/queries/useTeamConflicts'
import { ShareAuditButton } from '../team-share/ShareAuditButton'
import { useAuditAccess } from '../team-share/useTeamRole'
import { AuditNav } from './AuditNav'
import type { AuditData } from './useAuditData'

export function AuditHeader({ data }: { data: AuditData }) {
  const db = useDatabase()
  const { audit } = data
  const [confirmingFinal, setConfirmingFinal] = useState(false)
  // A reviewer neither marks the audit final nor reopens it: the server refuses their change.
  const { reviewing } = useAuditAccess(audit)
  const [exporting, setExporting] = useState(false)
  // An audit updated to a newer version keeps the answers of dropped questions; they do not count.
  const progress = useMemo(
    () => progressOf(answersInScope(data.content, data.answerList), audit.questionCount),
    [data.content, data.answerList, audit.questionCount],
  )
  const complete = progress.answered === progress.total
  const openConflicts = useOpenConflicts(audit.id)?.length ?? 0

  const setStatus = (status: 'final' | 'in-progress') =>
    setAuditStatus(db, audit.id, status).catch(showError)

  return (
    <header className="audit-header">
      <div className="audit-header__identity">
        <Link href="/audits" className="audit-header__back">
          ← Audits
        </Link>
        <h1 className="audit-header__title">
          {audit.client} <span className="audit-header__system">· {audit.system}</span>
        </h1>
      </div>
      <div className="audit-header__status">
        <span className={`badge badge--${audit.status}`}>{STATUS_LABELS[audit.status]}</span>
        {reviewing ? null : audit.status === 'final' ? (
          <button type="button" className="button" onClick={() => setStatus('in-progress')}>
            Reopen
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmingFinal(true)}>
            Mark final
          </button>
        )}
        <ShareAuditButton auditId={audit.id} client={audit.client} />
        <button type="button" className="button button--primary" onClick={() => setExporting(true)}>
          Export report
        </button>
      </div>
      <AuditNav auditId={audit.id} />
      <div className="audit-header__progress">
        <HeaderConflictsLink auditId={audit.id} open={openConflicts} />
        {complete && <span className="badge badge--good">All questions answered</span>}
        <ProgressBar progress={progress} label="Questions answered" />
      </div>
      <ExportReportDialog audit={audit} open={exporting} onClose={() => setExporting(false)} />
      <Dialog
        title="Mark this audit final?"
        open={confirmingFinal}
        onClose={() => setConfirmingFinal(false)}
        footer={{
          cancel: { label: 'Cancel', onClick: () => setConfirmingFinal(false) },
          primary: {
            label: 'Mark final',
            onClick: () => {
              setConfirmingFinal(false)
              void setStatus('final')
            },
          },
        }}
      >
        <p>
          A final audit is read-only: its answers and notes cannot change until you reopen it.
          {!complete && ` ${progress.total - progress.answered} questions are still unanswered.`}
        </p>
      </Dialog>
    </header>
  )
}
