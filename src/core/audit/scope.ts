import { questionKey } from '../content/lookup'
import type { Answer, AuditContent } from './model'
import { interviewOrder } from './question-order'

/**
 * The answers of questions in the audit's scope (a dropped question's answer is kept, not counted).
 * Anything keyed by section and question will do, so a count can pass index keys, not rows.
 */
export function answersInScope<A extends Pick<Answer, 'sectionId' | 'questionId'>>(
  content: AuditContent,
  answers: readonly A[],
): A[] {
  const inScope = new Set(
    interviewOrder(content).map((s) => questionKey(s.sectionId, s.question.id)),
  )
  return answers.filter((a) => inScope.has(questionKey(a.sectionId, a.questionId)))
}
