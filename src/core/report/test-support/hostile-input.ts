import type { AuditContent } from '../../audit/model'
import { deriveFindings } from '../../findings/derive'
import { emptyFindingEdit, type FindingEdit } from '../../findings/model'
import { scoreAudit } from '../../scoring/score-audit'
import { asPackText, fillText } from '../../test-support/hostile-text'
import type { ReportInput } from '../build/input'
import { fixtureAudit, fixtureInput } from './fixture-audit'
import { fixtureNarrative } from './fixture-narrative'

/**
 * The fixture audit with every text field a user can reach filled from `next`: the audit form
 * (client, system, firm, auditors, context notes), notes and interviewees, preparation answers,
 * evidence (file names, captions, who captured it), finding edits (title, gap, recommendation,
 * owner), the report options (title, marking), the content pack's text, and a predecessor audit
 * of its own, and every part of the narrative (its links too: an address that should never have
 * reached the model). Scores and findings are then derived from that, as the app derives them;
 * the firm's logo is on, so its alternative text (the firm's name) is written too.
 */
export function hostileReportInput(next: () => string): ReportInput {
  const base = fixtureInput()
  const content = hostileContent(base.content, next)
  const answers = fillText(base.answers, next)
  const edits: FindingEdit[] = answers
    .filter((answer, i) => answer.rating !== 'met' && i % 2 === 0)
    .map((answer) =>
      fillText(
        {
          ...emptyFindingEdit(answer.auditId, answer.sectionId, answer.questionId, 1),
          title: '',
          gap: '',
          recommendation: '',
          owner: '',
        },
        next,
      ),
    )
  const previousAnswers = answers.map((a) => ({
    ...a,
    auditId: 'audit-0',
    rating: 'not-met' as const,
  }))
  return {
    ...base,
    audit: fillText({ ...fixtureAudit, predecessorId: 'audit-0' }, next),
    content,
    answers,
    preparation: fillText(base.preparation, next),
    score: scoreAudit(content, answers),
    findings: deriveFindings(content, answers, edits),
    evidence: fillText(base.evidence, next),
    predecessor: {
      audit: fillText({ ...fixtureAudit, id: 'audit-0', status: 'final' as const }, next),
      score: scoreAudit(content, previousAnswers),
      findings: deriveFindings(content, previousAnswers, []),
    },
    options: fillText(base.options, next),
    branding: {
      accentColor: base.branding.accentColor,
      logo: { mediaId: 'logo', type: 'png', width: 2, height: 2 },
    },
    // Last, so the fields above take the same text from a seeded stream as before.
    narrative: fillText(fixtureNarrative(content.sections[0]!.section.id), next),
  }
}

/** The audit's copy of its content pack, its text as a pack file could carry it. */
export function hostileContent(content: AuditContent, next: () => string): AuditContent {
  return fillText(content, () => asPackText(next()))
}
