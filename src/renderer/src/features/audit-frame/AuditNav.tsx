import { Link, useLocation } from 'wouter'

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
  return (
    <nav className="audit-nav" aria-label="Audit views">
      {VIEWS.map((view) => {
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
