import { useParams } from 'wouter'
import { AuditFrame } from '../audit/AuditFrame'

// Being built: replaced by the full screen in this same change.
export function FindingsScreen() {
  const { auditId = '' } = useParams<{ auditId: string }>()
  return <AuditFrame auditId={auditId}>{() => <h1>Findings</h1>}</AuditFrame>
}
