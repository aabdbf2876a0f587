import { progressOfCount, type Audit } from '@core/audit'
import { ProgressBar } from '../../components/ProgressBar'
import { useAnsweredCount } from '../../db/queries/useAudits'

/**
 * An audit's progress on its row, counted when the row is shown. Until the count arrives (a
 * moment) the bar's place is kept empty rather than showing a wrong number.
 */
export function AuditProgress({ audit }: { audit: Audit }) {
  const answered = useAnsweredCount(audit)
  if (answered === undefined) return <div className="progress" aria-busy="true" />
  return (
    <ProgressBar
      progress={progressOfCount(answered, audit.questionCount)}
      label={`Progress of ${audit.client}`}
    />
  )
}
