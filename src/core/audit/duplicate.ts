import type { Answer, Audit, AuditContent, PreparationAnswer } from './model'

export interface AuditCopy {
  audit: Audit
  content: AuditContent
  answers: Answer[]
  preparation: PreparationAnswer[]
}

export interface DuplicateOptions {
  /** Start with the predecessor's answers, marked as carried over, or with none. */
  carryAnswers: boolean
  newId: string
  now: number
  /** ISO date the re-assessment starts. */
  startDate: string
}

/**
 * A re-assessment of `source`: same scope and frozen content, a link to its predecessor, a fresh
 * status, and either the predecessor's answers (marked carried over) or none.
 */
export function duplicateAudit(
  source: Audit,
  content: AuditContent,
  answers: readonly Answer[],
  preparation: readonly PreparationAnswer[],
  { carryAnswers, newId, now, startDate }: DuplicateOptions,
): AuditCopy {
  const audit: Audit = {
    id: newId,
    client: source.client,
    system: source.system,
    auditors: [...source.auditors],
    firm: source.firm,
    startDate,
    status: 'draft',
    contextNotes: source.contextNotes,
    sectionIds: [...source.sectionIds],
    questionCount: source.questionCount,
    // Carried answers include any the source keeps out of its scope.
    ...(carryAnswers && source.scopeUpdatedAt !== undefined ? { scopeUpdatedAt: now } : {}),
    predecessorId: source.id,
    createdAt: now,
    updatedAt: now,
  }
  const copiedContent: AuditContent = {
    auditId: newId,
    sections: JSON.parse(JSON.stringify(content.sections)) as AuditContent['sections'],
  }
  if (!carryAnswers) return { audit, content: copiedContent, answers: [], preparation: [] }
  return {
    audit,
    content: copiedContent,
    answers: answers.map((a) => ({
      ...a,
      auditId: newId,
      evidenceRequests: a.evidenceRequests.map((r) => ({ ...r })),
      carriedOver: true,
      updatedAt: now,
    })),
    preparation: preparation.map((p) => ({ ...p, auditId: newId, updatedAt: now })),
  }
}
