import { useAuditAccess } from '../team-share/useTeamRole'
import { useParams } from 'wouter'
import { plural } from '../../components/format'
import { AuditFrame } from '../audit-frame/AuditFrame'
import type { AuditData } from '../audit-frame/useAuditData'
import { ConflictItem } from './ConflictItem'
import { useOpenConflicts } from '../../db/queries/useTeamConflicts'
import './team-conflicts.css'

/** An audit's open conflicts (issue 18): what each concerns, who is on each side, and when. */
export function ConflictsScreen() {
  const { auditId = '' } = useParams<{ auditId: string }>()
  return <AuditFrame auditId={auditId}>{(data) => <Conflicts data={data} />}</AuditFrame>
}

function Conflicts({ data }: { data: AuditData }) {
  const conflicts = useOpenConflicts(data.audit.id)
  // A reviewer chooses nothing either: the server would refuse it (one rule: audit-access.ts).
  const { readOnly } = useAuditAccess(data.audit)
  return (
    <main className="page" aria-labelledby="conflicts-title">
      <div className="page__column">
        <header className="page__header">
          <div>
            <h1 id="conflicts-title" className="page__title">
              Conflicts
            </h1>
            <p className="muted">
              Changes two consultants made to the same thing without seeing each other's. Nothing is
              chosen for you: keep one version or merge them.
            </p>
          </div>
        </header>
        {conflicts === undefined ? null : conflicts.length === 0 ? (
          <p className="screen-message">No conflicts are open in this audit.</p>
        ) : (
          <>
            <p role="status">{plural(conflicts.length, 'conflict')} open</p>
            <ul className="conflicts-list">
              {conflicts.map((conflict) => (
                <li key={conflict.docId}>
                  <ConflictItem conflict={conflict} content={data.content} readOnly={readOnly} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </main>
  )
}
