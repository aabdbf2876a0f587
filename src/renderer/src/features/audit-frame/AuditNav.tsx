import { Link, useLocation } from 'wouter'
import { useConflictsTab } from '../../db/queries/useTeamConflicts'

const VIEWS = [
  { path: 'interview', label: 'Interview' },
  { path: 'evidence', label: 'Evidence' },
  { path: 'results', label: 'Results' },
  { path: 'findings', label: 'Findings' },
  { path: 'report', label: 'Report' },
] as const

/** The views of one audit, as tabs under its header. */
export function AuditNav({ auditId }: { auditId: string }) {
  const [location] = useLocation()
  // A shared audit's conflicts list, always there once shared so it does not come and go.
  const conflicts = useConflictsTab(auditId)
  const views = conflicts.shown
    ? [
        ...VIEWS,
        {
          path: 'conflicts',
          label: conflicts.open > 0 ? `Conflicts (${conflicts.open})` : 'Conflicts',
        },
      ]
    : VIEWS
  return (
    <nav className="audit-nav" aria-label="Audit views">
      {views.map((view) => {
        const href = `/audits/${auditId}/${view.path}`
        const current =
          location.startsWith(href) || (view.path === 'interview' && location.includes('/prepare/'))
        return (
          <Link
            key={view.path}
            href={href}
            className="audit-nav__link"
            aria-current={current ? 'page' : undefined}
          >
            {view.label}
          </Link>
        )
      })}
    </nav>
  )
}
