import { useId, useMemo } from 'react'
import { formatDateTime } from '../../components/format'
import { showError } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import type { ConflictRow } from '../../team/team-rows'
import {
  answerSides,
  compareAnswers,
  mergedAnswer,
  mergedNotes,
  sideNames,
  startingRating,
} from './answer-conflict'
import { keepVersion, saveMergedAnswer } from '../../team/choose-version'
import { MergeAnswerForm } from './MergeAnswerForm'
import { VersionColumns } from './VersionColumns'
import './team-conflicts.css'

interface AnswerConflictPanelProps {
  conflict: ConflictRow
  readOnly: boolean
}

/**
 * Two consultants changed this answer without seeing each other's change (issue 18): both
 * versions side by side, to keep one or merge them. Nothing is chosen for them.
 */
export function AnswerConflictPanel({ conflict, readOnly }: AnswerConflictPanelProps) {
  const db = useDatabase()
  const titleId = useId()
  const sides = useMemo(() => answerSides(conflict), [conflict])
  const fields = useMemo(() => compareAnswers(sides), [sides])
  const names = sideNames(sides, formatDateTime)
  const resolve = (work: Promise<void>) => void work.catch(showError)
  const count = sides.length === 2 ? 'Two' : String(sides.length)

  return (
    <section className="conflict" aria-labelledby={titleId}>
      <h3 id={titleId} className="conflict__title">
        {count} versions of this answer
      </h3>
      <p className="conflict__intro">
        {[...new Set(sides.map((side) => side.by))].join(' and ')} changed this answer without
        seeing each other's change. Keep one version or merge them; until then the audit's results
        may change
        {sides[0]?.answer ? ` and the question below shows ${sides[0].by}'s version` : ''}.
      </p>
      <VersionColumns
        versions={sides.map((side, index) => ({
          by: side.by,
          at: side.at,
          keepLabel: `Keep ${names[index]}`,
        }))}
        fields={fields}
        headingLevel={4}
        disabled={readOnly}
        onKeep={(index) =>
          resolve(keepVersion(db, conflict, conflict.versions[index]!, Date.now()))
        }
      />
      {sides.some((side) => side.answer) && (
        <MergeAnswerForm
          // A new version arriving starts the merge afresh from all of them.
          key={conflict.versions.map((version) => version.rev).join()}
          startingNotes={mergedNotes(sides)}
          startingRating={startingRating(sides)}
          disabled={readOnly}
          onSave={(choice) => {
            const now = Date.now()
            const answer = mergedAnswer(sides, choice, now)
            if (answer) resolve(saveMergedAnswer(db, conflict, answer, now))
          }}
        />
      )}
    </section>
  )
}
