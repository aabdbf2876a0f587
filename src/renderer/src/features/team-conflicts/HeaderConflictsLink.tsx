import { Link } from 'wouter'
import { plural } from '../../components/format'
import './team-conflicts.css'

/** In the audit's header on every view: open conflicts, which may still change the results. */
export function HeaderConflictsLink({ auditId, open }: { auditId: string; open: number }) {
  if (open === 0) return null
  return (
    <Link href={`/audits/${auditId}/conflicts`} className="badge badge--conflicts">
      {plural(open, 'conflict')} open: the results may change
    </Link>
  )
}
