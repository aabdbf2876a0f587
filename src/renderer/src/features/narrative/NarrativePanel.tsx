import { editProblem } from '@core/audit'
import { AUDIT_NARRATIVE_PARTS, sectionViewKey, type NarrativePart } from '@core/narrative'
import { useNarrativeRows } from '../../db/queries/useNarratives'
import type { AuditData } from '../audit-frame/useAuditData'
import { ExecutiveSummaryField } from './ExecutiveSummaryField'
import { AUDIT_PART_FIELDS, SECTION_VIEW_HINT, SECTION_VIEW_LABEL } from './narrative-fields'
import { NarrativeField } from './NarrativeField'
import { REVIEWER_NOTE } from '../team-share/audit-access'
import { useAuditAccess } from '../team-share/useTeamRole'
import './narrative.css'

/**
 * The consultant's writing for the report (issue 15): five audit-wide parts and the auditor's
 * view of each section in scope, each saved as it is typed.
 */
export function NarrativePanel({ data }: { data: AuditData }) {
  const { audit, content } = data
  const rows = useNarrativeRows(audit.id)
  const { reviewing } = useAuditAccess(audit)
  const readOnly = reviewing || editProblem(audit) !== undefined
  if (rows === undefined) return null
  const saved = new Map<string, NarrativePart>(rows.map((row) => [row.part, row]))
  return (
    <section className="narrative" aria-labelledby="narrative-title">
      <h2 id="narrative-title">Your writing</h2>
      {readOnly && (
        <p className="narrative__readonly">
          {reviewing ? REVIEWER_NOTE : 'This audit is final: reopen it to change the writing.'}
        </p>
      )}
      {AUDIT_NARRATIVE_PARTS.map((part) =>
        part === 'executive-summary' ? (
          <ExecutiveSummaryField
            key={part}
            auditId={audit.id}
            saved={saved.get(part)?.doc}
            readOnly={readOnly}
          />
        ) : (
          <NarrativeField
            key={part}
            auditId={audit.id}
            part={part}
            label={AUDIT_PART_FIELDS[part].label}
            hint={AUDIT_PART_FIELDS[part].hint}
            initial={saved.get(part)?.doc ?? AUDIT_PART_FIELDS[part].starts ?? { blocks: [] }}
            readOnly={readOnly}
          />
        ),
      )}
      <h2 className="narrative__sections-title">By section</h2>
      {content.sections.map(({ section }) => {
        const part = sectionViewKey(section.id)
        return (
          <NarrativeField
            key={part}
            auditId={audit.id}
            part={part}
            label={`${SECTION_VIEW_LABEL}: ${section.title}`}
            hint={SECTION_VIEW_HINT}
            initial={saved.get(part)?.doc ?? { blocks: [] }}
            readOnly={readOnly}
          />
        )
      })}
    </section>
  )
}
