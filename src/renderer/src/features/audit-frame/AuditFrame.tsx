import type { ReactNode } from 'react'
import { NotFound } from '../../components/NotFound'
import { AuditHeader } from './AuditHeader'
import { useAuditData, type AuditData } from './useAuditData'
import './audit-frame.css'

/**
 * One audit's screens share this frame: its header (client, progress, status), the tabs between
 * its views, and the loading and not-found states.
 */
export function AuditFrame(props: AuditFrameProps) {
  // Keyed by the audit: going straight from one audit's screen to another's (a search result)
  // starts afresh. Live queries keep their last result until the new one is read, so without it
  // the new audit would show for a moment with the old one's answers, and a field mounted then
  // would keep the old audit's text (and save it to the new one).
  return <FrameOf key={props.auditId} {...props} />
}

interface AuditFrameProps {
  auditId: string
  children: (data: AuditData) => ReactNode
}

function FrameOf({ auditId, children }: AuditFrameProps) {
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
