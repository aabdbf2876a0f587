import { useParams } from 'wouter'
import { AuditFrame } from '../audit/AuditFrame'

// Being built: replaced by the full screen in this same change.
export function EvidenceLockerScreen() {
  const { auditId = '' } = useParams<{ auditId: string }>()
  return <AuditFrame auditId={auditId}>{() => <h1>Evidence locker</h1>}</AuditFrame>
}
