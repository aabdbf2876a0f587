import { useDatabase } from '../../db/DatabaseContext'
import { systemClock } from '../../db/repositories/clock'
import { useTeamDocs } from '../../db/queries/useTeam'
import { showError } from '../../components/toast-store'
import { assignSection } from '../../team/team-docs'
import { mayAddTeamNotes } from './share-people'
import { assigneesBySection } from './team-docs-view'
import { useTeamRole } from './useTeamRole'
import './team-share.css'

export interface SectionAssignments {
  /** Who each section is assigned to. */
  assignees: Map<string, string>
  /** The people a section can be assigned to; empty when the user cannot assign. */
  choices: string[]
  assign(sectionId: string, assignee: string): void
}

/**
 * The sections' assigned consultants of a shared audit (advisory, issue 18); undefined for an
 * audit that is not shared (or a draft's preview), so the outline shows nothing more.
 */
export function useSectionAssignments(auditId: string): SectionAssignments | undefined {
  const db = useDatabase()
  const { row, me, role, firmAdmin } = useTeamRole(auditId)
  const docs = useTeamDocs(auditId)
  if (!row || !docs) return undefined
  // Reviewers comment only; the server refuses their assignments like any other change.
  const canAssign = me !== undefined && role !== 'reviewer' && mayAddTeamNotes(row, role, firmAdmin)
  return {
    assignees: assigneesBySection(docs),
    choices: canAssign ? [row.owner, ...row.consultants] : [],
    assign: (sectionId, assignee) => {
      if (me === undefined) return
      assignSection(db, auditId, sectionId, assignee, me, systemClock.now()).catch(showError)
    },
  }
}

interface SectionAssigneeProps {
  assignments: SectionAssignments
  sectionId: string
  sectionTitle: string
}

/** Under a section's title in the outline: who it is assigned to, and a choice to change it. */
export function SectionAssignee({ assignments, sectionId, sectionTitle }: SectionAssigneeProps) {
  const assignee = assignments.assignees.get(sectionId)
  if (assignments.choices.length === 0)
    return assignee ? <p className="outline__assignee">Assigned to {assignee}</p> : null
  // Someone assigned before they were taken off the audit still shows, as chosen.
  const choices =
    assignee && !assignments.choices.includes(assignee)
      ? [...assignments.choices, assignee]
      : assignments.choices
  return (
    <label className="outline__assignee">
      Assigned to
      <select
        className="input"
        aria-label={`Assigned to, ${sectionTitle}`}
        value={assignee ?? ''}
        onChange={(e) => assignments.assign(sectionId, e.target.value)}
      >
        <option value="">Nobody</option>
        {choices.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  )
}
