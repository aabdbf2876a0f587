import type { AuditContent } from '@core/audit'
import { questionKey } from '@core/content'
import { sectionQuestionLabels, type QuestionLabel } from '@core/search'

/**
 * The labels of every audit's questions, for results: read from each audit's frozen content and
 * shared between audits started from the same version of a section (most of them), so 500 audits
 * of 40 sections hold 40 sections' labels, not 20,000.
 */
export class QuestionLabels {
  private readonly bySection = new Map<string, Map<string, QuestionLabel>>()
  private readonly byAudit = new Map<string, Map<string, Map<string, QuestionLabel>>>()

  /** Reads an audit's content in (again, after an upgrade changed it). */
  learn(content: AuditContent): void {
    const sections = new Map<string, Map<string, QuestionLabel>>()
    for (const scoped of content.sections) {
      const version = `${scoped.packId}@${scoped.packVersion}/${scoped.section.id}`
      let labels = this.bySection.get(version)
      if (!labels) this.bySection.set(version, (labels = sectionQuestionLabels(scoped)))
      sections.set(scoped.section.id, labels)
    }
    this.byAudit.set(content.auditId, sections)
  }

  forget(auditId: string): void {
    this.byAudit.delete(auditId)
  }

  knows(auditId: string): boolean {
    return this.byAudit.has(auditId)
  }

  of(auditId: string, sectionId: string, questionId: string): QuestionLabel | undefined {
    return this.byAudit.get(auditId)?.get(sectionId)?.get(questionKey(sectionId, questionId))
  }
}
