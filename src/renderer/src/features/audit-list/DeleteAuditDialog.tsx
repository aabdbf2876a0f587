import { Dialog } from '../../components/Dialog'
import { formatCalendarDate, plural } from '../../components/format'
import type { Audit } from '@core/audit'
import { useAnsweredCount } from '../../db/queries/useAudits'
import type { AuditSummary } from './audit-list'

interface DeleteAuditDialogProps {
  target: AuditSummary | undefined
  onCancel: () => void
  onConfirm: (summary: AuditSummary) => void
}

/** Asks before deleting, naming the audit and what goes with it. */
export function DeleteAuditDialog({ target, onCancel, onConfirm }: DeleteAuditDialogProps) {
  return (
    <Dialog
      title={target ? `Delete ${target.audit.client}?` : 'Delete audit'}
      open={target !== undefined}
      onClose={onCancel}
      footer={{
        cancel: { label: 'Cancel', onClick: onCancel },
        primary: {
          label: 'Delete audit',
          tone: 'danger',
          onClick: () => target && onConfirm(target),
        },
      }}
    >
      {target && (
        <>
          <p>
            The audit of <strong>{target.audit.system}</strong> at{' '}
            <strong>{target.audit.client}</strong>, started{' '}
            {formatCalendarDate(target.audit.startDate)}, will be deleted with all its notes
            <RatedAnswers audit={target.audit} />.
          </p>
          <p className="muted">You can undo this straight afterwards.</p>
        </>
      )}
    </Dialog>
  )
}

/** " and its 3 rated answers", or nothing when it has none (or while they are counted). */
function RatedAnswers({ audit }: { audit: Audit }) {
  const answered = useAnsweredCount(audit) ?? 0
  return answered > 0 ? <> and its {plural(answered, 'rated answer')}</> : null
}
