import type { AuditContent } from '../audit/model'
import type { AuditScore, Coverage, SectionScore } from './model'
import { scoreSection, weightedMean, type AnswerSource } from './score-section'

/**
 * Every section in scope, in the audit's order, and the audit as a whole: the overall score is
 * the weighted mean over every scored question of the audit (not a mean of section scores, so a
 * large section counts for what it holds), and the coverage counts every question.
 */
export function scoreAudit(content: AuditContent, answers: AnswerSource): AuditScore {
  const sections: SectionScore[] = content.sections.map((scoped) => scoreSection(scoped, answers))
  const questions = sections.flatMap((s) => s.questions)
  const answered = sections.reduce((sum, s) => sum + s.coverage.answered, 0)
  const total = sections.reduce((sum, s) => sum + s.coverage.total, 0)
  const coverage: Coverage = { answered, total, ratio: total === 0 ? 1 : answered / total }
  return { sections, score: weightedMean(questions), coverage }
}
