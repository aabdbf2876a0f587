import {
  FINDING_STATUS_LABELS,
  FINDING_WARNING_LABELS,
  SEVERITY_LABELS,
  type FindingStatus,
  type FindingWarning,
  type Severity,
} from '@core/findings'

/** Bars filled per severity, so the level reads without colour: ▮▮▮▮ Critical … ▮ Low. */
const SEVERITY_BARS: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 }

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity--${severity}`}>
      <span className="severity__bars" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={n <= SEVERITY_BARS[severity] ? 'on' : undefined} />
        ))}
      </span>
      {SEVERITY_LABELS[severity]}
    </span>
  )
}

export function StatusBadge({ status }: { status: FindingStatus }) {
  return (
    <span className={`finding-status finding-status--${status}`}>
      {FINDING_STATUS_LABELS[status]}
    </span>
  )
}

export function WarningBadges({ warnings }: { warnings: readonly FindingWarning[] }) {
  if (warnings.length === 0) return null
  return (
    <p className="finding__warning" role="note">
      <span aria-hidden="true">⚠ </span>
      {warnings.map((w) => FINDING_WARNING_LABELS[w]).join(' · ')}
    </p>
  )
}
