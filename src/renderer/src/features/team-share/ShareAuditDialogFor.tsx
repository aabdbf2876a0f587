import type { Audit } from '@core/audit'
import { shareAccess } from './share-people'
import { ShareAuditDialog } from './ShareAuditDialog'
import { useTeamRole } from './useTeamRole'

/** The share dialog for the audit a list's row asked for; closed while there is none. */
export function ShareAuditDialogFor({
  target,
  onClose,
}: {
  target: Pick<Audit, 'id' | 'client'> | undefined
  onClose: () => void
}) {
  const { row, me, loaded } = useTeamRole(target?.id ?? '')
  return (
    <ShareAuditDialog
      auditId={target?.id ?? ''}
      client={target?.client ?? ''}
      row={row}
      canChange={shareAccess(row, me) === 'change'}
      // Opened once the audit's people are read, so the form starts with them.
      open={target !== undefined && me !== undefined && loaded}
      onClose={onClose}
    />
  )
}
