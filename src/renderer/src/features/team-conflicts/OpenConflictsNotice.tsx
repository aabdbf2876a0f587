import { Link } from 'wouter'
import { plural } from '../../components/format'
import { useOpenConflicts } from '../../db/queries/useTeamConflicts'

interface OpenConflictsNoticeProps {
  auditId: string
  /** What may change: the results screen's figures, or the report about to be exported. */
  what: 'results' | 'report'
}

/**
 * Says that the audit's figures are not settled while a conflict is open (issue 18: the results
 * say so until the consultant chooses). Nothing when none is open.
 */
export function OpenConflictsNotice({ auditId, what }: OpenConflictsNoticeProps) {
  const count = useOpenConflicts(auditId)?.length ?? 0
  if (count === 0) return null
  return (
    <p className="notice" role="note">
      {plural(count, 'conflict')} open: the {what} may change when{' '}
      {count === 1 ? 'it is' : 'they are'} resolved.
      {/* Not from the export dialog, which would stay open over the list. */}
      {what === 'results' && (
        <>
          {' '}
          <Link href={`/audits/${auditId}/conflicts`}>See the conflicts</Link>
        </>
      )}
    </p>
  )
}
