import { useId, useMemo } from 'react'
import { Link } from 'wouter'
import type { AuditContent } from '@core/audit'
import { formatDateTime } from '../../components/format'
import { showError } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import type { ConflictRow } from '../../team/team-rows'
import { sideNames } from './answer-conflict'
import { keepVersion } from '../../team/choose-version'
import { conflictSubject } from './conflict-subject'
import { differingFields } from './row-fields'
import { VersionColumns } from './VersionColumns'

interface ConflictItemProps {
  conflict: ConflictRow
  content: AuditContent
  readOnly: boolean
}

/**
 * One open conflict in the list. An answer's is resolved on its question, where the merge is;
 * any other document's versions are shown here in words, each one to keep.
 */
export function ConflictItem({ conflict, content, readOnly }: ConflictItemProps) {
  const db = useDatabase()
  const titleId = useId()
  const subject = conflictSubject(conflict, content)
  const names = sideNames(conflict.versions, formatDateTime)
  const fields = useMemo(
    () =>
      differingFields(
        conflict.table,
        conflict.versions.map((version) => version.row),
      ),
    [conflict.table, conflict.versions],
  )
  const sides = conflict.versions
    .map((version) => `${version.by} (${formatDateTime(version.at)})`)
    .join(' and ')

  return (
    <article className="card" aria-labelledby={titleId}>
      <p className="eyebrow">
        {subject.kind}
        {subject.section && ` · ${subject.section}`}
      </p>
      <h2 id={titleId} className="card__title conflicts-list__subject">
        {subject.href ? <Link href={subject.href}>{subject.title}</Link> : subject.title}
      </h2>
      <p className="muted">Changed by {sides}</p>
      {subject.resolvedOnQuestion ? (
        <Link href={subject.href ?? ''} className="button">
          Compare on the question
        </Link>
      ) : (
        <VersionColumns
          versions={conflict.versions.map((version, index) => ({
            by: version.by,
            at: version.at,
            keepLabel: `Keep ${names[index]}`,
          }))}
          fields={fields}
          headingLevel={3}
          disabled={readOnly}
          onKeep={(index) =>
            void keepVersion(db, conflict, conflict.versions[index]!, Date.now()).catch(showError)
          }
        />
      )}
    </article>
  )
}
