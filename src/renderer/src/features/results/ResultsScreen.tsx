import { useParams } from 'wouter'
import { AuditFrame } from '../audit/AuditFrame'

// Being built: replaced by the full screen in this same change.
export function ResultsScreen() {
  const { auditId = '' } = useParams<{ auditId: string }>()
  return <AuditFrame auditId={auditId}>{() => <h1>Results</h1>}</AuditFrame>
}
