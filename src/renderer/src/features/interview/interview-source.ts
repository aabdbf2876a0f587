import type { AnswersByKey, InterviewStep } from '@core/audit'
import type { Section } from '@core/content'
import type { AnswerPatch } from '../../db/repositories/answers'

/**
 * What the interview walks: an audit's questions with its answers, or a section draft's questions
 * in preview with none. The walk (outline, question, keyboard) reads only this, so the same
 * screen serves both and a preview cannot reach the database.
 */
export interface InterviewSource {
  /** Names the walk: the outline's filter and search start afresh when it changes. */
  id: string
  /** The sections in the outline, in interview order. */
  sections: readonly Section[]
  order: readonly InterviewStep[]
  answers: AnswersByKey
  /** Said where the question would be when there is none. */
  emptyMessage: string
  /** The route of one question of the walk. */
  questionPath(step: InterviewStep): string
  /** The route of a section's "Before you start" checklist, where the walk has one. */
  preparationPath(section: Section): string | undefined
  /** Applies a key's change to a question's answer, or says why nothing can be recorded. */
  record(step: InterviewStep, patch: AnswerPatch): void
}
