import type { AuditContent } from '@core/audit'
import { questionsOfSection } from '@core/content'
import { AUDIT_NARRATIVE_PARTS, sectionIdOfKey, type AuditNarrativePart } from '@core/narrative'
import { tableOfDocId } from '@core/team'
import type { ConflictRow } from '../../team/team-rows'
import { AUDIT_PART_FIELDS, SECTION_VIEW_LABEL } from '../narrative/narrative-fields'

/** What a conflicted document is, in the consultant's words, and where it is edited. */
export interface ConflictSubject {
  /** "Answer", "Finding", "Preparation", "Narrative", "Evidence", "Audit details", "Questions". */
  kind: string
  /** The question's prompt, the preparation item's text, the narrative part's name… */
  title: string
  /** The section it belongs to, when it belongs to one. */
  section?: string
  /** The screen where it is edited; for answers, the question that shows both versions. */
  href?: string
  /** Answers are resolved on their question; the rest on the conflicts list. */
  resolvedOnQuestion: boolean
}

/** Describes a conflicted document of an audit from its id and the audit's frozen content. */
export function conflictSubject(
  conflict: Pick<ConflictRow, 'auditId' | 'docId' | 'versions'>,
  content: AuditContent,
): ConflictSubject {
  const { auditId, docId } = conflict
  const base = `/audits/${auditId}`
  const rest = docId.slice(docId.indexOf(':') + 1)
  const [sectionId = '', itemId = ''] = rest.split(':')
  const section = content.sections.find((scoped) => scoped.section.id === sectionId)?.section
  const sectionTitle = section ? `${section.number}. ${section.title}` : undefined
  const prompt = () =>
    section &&
    questionsOfSection(section).find((ref) => ref.question.id === itemId)?.question.prompt
  switch (tableOfDocId(docId)) {
    case 'answers':
      return {
        kind: 'Answer',
        title: prompt() ?? `A question no longer in this audit (${itemId})`,
        section: sectionTitle,
        href: `${base}/interview/${sectionId}/${itemId}`,
        resolvedOnQuestion: true,
      }
    case 'findingEdits':
      return {
        kind: 'Finding',
        title: prompt() ?? `A question no longer in this audit (${itemId})`,
        section: sectionTitle,
        href: `${base}/findings/${sectionId}/${itemId}`,
        resolvedOnQuestion: false,
      }
    case 'preparationAnswers':
      return {
        kind: 'Preparation',
        title:
          section?.preparation.find((item) => item.id === itemId)?.text ??
          `A preparation item no longer in this audit (${itemId})`,
        section: sectionTitle,
        href: `${base}/prepare/${sectionId}`,
        resolvedOnQuestion: false,
      }
    case 'narratives':
      return { ...narrativeSubject(rest, content), href: `${base}/report` }
    case 'evidence':
      return {
        kind: 'Evidence',
        title: evidenceName(conflict) ?? 'An evidence item',
        href: `${base}/evidence/${rest}`,
        resolvedOnQuestion: false,
      }
    case 'audits':
      return {
        kind: 'Audit details',
        title: 'Client, system, dates and status',
        href: `${base}/edit`,
        resolvedOnQuestion: false,
      }
    case 'auditContents':
      return {
        kind: 'Questions',
        title: "The audit's sections and questions",
        resolvedOnQuestion: false,
      }
    default:
      return { kind: 'Document', title: docId, resolvedOnQuestion: false }
  }
}

function narrativeSubject(part: string, content: AuditContent): ConflictSubject {
  if ((AUDIT_NARRATIVE_PARTS as readonly string[]).includes(part))
    return {
      kind: 'Narrative',
      title: AUDIT_PART_FIELDS[part as AuditNarrativePart].label,
      resolvedOnQuestion: false,
    }
  const sectionId = sectionIdOfKey(part)
  const section = content.sections.find((scoped) => scoped.section.id === sectionId)?.section
  return {
    kind: 'Narrative',
    title: SECTION_VIEW_LABEL,
    section: section ? `${section.number}. ${section.title}` : sectionId,
    resolvedOnQuestion: false,
  }
}

function evidenceName({ versions }: Pick<ConflictRow, 'versions'>): string | undefined {
  for (const { row } of versions)
    if (row && 'fileName' in row) return row.caption.trim() || row.fileName
  return undefined
}
