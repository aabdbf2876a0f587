import { useState } from 'react'
import { ShareAuditDialog } from './ShareAuditDialog'
import { useTeamRole } from './useTeamRole'
import '../team/team.css'

/**
 * "Share…" in the audit's header: only while a team workspace is connected (solo use never
 * sees it). Its owner, or anyone for an audit not shared yet, changes who is on it.
 */
export function ShareAuditButton({ auditId, client }: { auditId: string; client: string }) {
  const { row, me, role } = useTeamRole(auditId)
  const [open, setOpen] = useState(false)
  if (me === undefined) return null
  const canChange = row === undefined || role === 'owner'
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {canChange ? 'Share…' : 'Who is on it…'}
      </button>
      <ShareAuditDialog
        auditId={auditId}
        client={client}
        row={row}
        canChange={canChange}
        open={open}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
