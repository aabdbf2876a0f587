import type { Answer, Audit } from '../audit/model'
import type { ScopedSection } from '../audit/model'
import { deriveTitle } from '../findings/derive'
import type { FindingEdit } from '../findings/model'
import type { EvidenceItem } from '../evidence/model'
import { questionKey, type QuestionKey } from '../content/lookup'

/**
 * What search indexes: one document per thing a user looks for (an audit's client and system, an
 * answer's notes, a finding, an evidence item), each with the place it leads to. Built from the
 * stored records by pure functions, so the worker only reads rows and hands them here.
 */

export const SEARCH_KINDS = ['audit', 'note', 'finding', 'evidence'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Where a result leads: a screen of the audit, at the exact question or item. */
export type SearchTarget =
  | { screen: 'audit' }
  | { screen: 'interview'; sectionId: string; questionId: string }
  | { screen: 'findings'; sectionId: string; questionId: string }
  | { screen: 'evidence'; evidenceId: string }

export interface SearchDoc {
  /** `kind:key`, unique across kinds. */
  id: string
  kind: SearchKind
  auditId: string
  /** The short field: client, finding title, file name (empty for a note). */
  title: string
  /** The long field: system, notes, a finding's edited gap and recommendation, a caption. */
  text: string
  /** What the result is, shown above its snippet: the question, the finding, the file. */
  label: string
  target: SearchTarget
}

/** The heading of an audit's group of results. */
export interface AuditHeading {
  auditId: string
  client: string
  system: string
}

/** The words a result shows for an audit: "Acme Ltd — Payments platform". */
export function auditLabel({ client, system }: Pick<AuditHeading, 'client' | 'system'>): string {
  const parts = [client.trim(), system.trim()].filter((part) => part !== '')
  return parts.length > 0 ? parts.join(' — ') : 'Untitled audit'
}

export function auditDoc(audit: Pick<Audit, 'id' | 'client' | 'system'>): SearchDoc {
  return {
    id: `audit:${audit.id}`,
    kind: 'audit',
    auditId: audit.id,
    title: audit.client,
    text: audit.system,
    label: auditLabel(audit),
    target: { screen: 'audit' },
  }
}

/** What a question is called in results: its prompt, and the title a finding of it derives. */
export interface QuestionLabel {
  prompt: string
  findingTitle: string
}

/** The labels of one section's questions, keyed as answers are. */
export function sectionQuestionLabels({ section }: ScopedSection): Map<QuestionKey, QuestionLabel> {
  const labels = new Map<QuestionKey, QuestionLabel>()
  for (const check of section.checks) {
    for (const question of check.questions) {
      labels.set(questionKey(section.id, question.id), {
        prompt: question.prompt,
        findingTitle: deriveTitle(check, question),
      })
    }
  }
  return labels
}

export const noteDocId = (a: Pick<Answer, 'auditId' | 'sectionId' | 'questionId'>) =>
  `note:${a.auditId}/${a.sectionId}/${a.questionId}`
export const findingDocId = (a: Pick<Answer, 'auditId' | 'sectionId' | 'questionId'>) =>
  `finding:${a.auditId}/${a.sectionId}/${a.questionId}`
export const evidenceDocId = (id: string) => `evidence:${id}`

/** An answer's notes; none when it has none. */
export function noteDoc(answer: Answer, label: QuestionLabel | undefined): SearchDoc | undefined {
  if (answer.notes.trim() === '') return undefined
  const { auditId, sectionId, questionId } = answer
  return {
    id: noteDocId(answer),
    kind: 'note',
    auditId,
    title: '',
    text: answer.notes,
    label: label?.prompt ?? questionId,
    target: { screen: 'interview', sectionId, questionId },
  }
}

const edited = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' ? value : undefined

/**
 * A finding: a question rated Not met or Partially met. Its title as the findings screen shows it
 * (the edited one, or the check and prompt); its text is what the consultant wrote over the
 * derived gap and recommendation (the derived gap is the notes, found as a note; the derived
 * recommendation is the content's guidance, the same in every audit).
 */
export function findingDoc(
  answer: Answer | undefined,
  edit: FindingEdit | undefined,
  label: QuestionLabel | undefined,
): SearchDoc | undefined {
  if (!answer || (answer.rating !== 'not-met' && answer.rating !== 'partial')) return undefined
  const { auditId, sectionId, questionId } = answer
  const title = edited(edit?.title) ?? label?.findingTitle ?? questionId
  const text = [edited(edit?.gap), edited(edit?.recommendation)].filter(Boolean).join('\n')
  return {
    id: findingDocId(answer),
    kind: 'finding',
    auditId,
    title,
    text,
    label: title,
    target: { screen: 'findings', sectionId, questionId },
  }
}

/** An evidence item by its name and caption; none once it is deleted. */
export function evidenceDoc(item: EvidenceItem): SearchDoc | undefined {
  if (item.deletedAt !== undefined) return undefined
  return {
    id: evidenceDocId(item.id),
    kind: 'evidence',
    auditId: item.auditId,
    title: item.fileName,
    text: item.caption,
    label: item.fileName,
    target: { screen: 'evidence', evidenceId: item.id },
  }
}
