import type { ReactNode } from 'react'
import { NotFound } from '../../components/NotFound'
import { AuditHeader } from './AuditHeader'
import { useAuditData, type AuditData } from './useAuditData'
import './audit-frame.css'

/**
 * One audit's screens share this frame: its header (client, progress, status), the tabs between
 * its views, and the loading and not-found states.
 */
export function AuditFrame({
  auditId,
  children,
}: {
  auditId: string
  children: (data: AuditData) => ReactNode
}) {
  const data = useAuditData(auditId)
  if (data === undefined) return <p className="screen-message">Opening the audit…</p>
  if (data === null) return <NotFound what="This audit" />
  return (
    <div className="audit-frame">
      <AuditHeader data={data} />
      <div className="audit-frame__body">{children(data)}</div>
    </div>
  )
}
