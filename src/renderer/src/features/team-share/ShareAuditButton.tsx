import { useState } from 'react'
import { shareAccess } from './share-people'
import { ShareAuditDialog } from './ShareAuditDialog'
import { useTeamRole } from './useTeamRole'
import '../team/team.css'

/**
 * "Share…" in the audit's header: only while a team workspace is connected (solo use never
 * sees it). Its owner, or anyone for an audit not shared yet, changes who is on it.
 */
export function ShareAuditButton({ auditId, client }: { auditId: string; client: string }) {
  const { row, me, loaded } = useTeamRole(auditId)
  const [open, setOpen] = useState(false)
  const access = shareAccess(row, me)
  // Shown once the audit's people are read, so the form starts with them.
  if (access === undefined || !loaded) return null
  const canChange = access === 'change'
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
