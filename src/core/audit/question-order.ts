import { questionKey } from '../content/lookup'
import type { Check, Question, Section } from '../content/schema'
import type { Answer, AuditContent } from './model'

/** One question of an audit, where it sits, and its place in the interview order. */
export interface InterviewStep {
  index: number
  sectionId: string
  section: Section
  check: Check
  question: Question
}

/** Every question of the audit in interview order: section by section, check by check. */
export function interviewOrder(content: AuditContent): InterviewStep[] {
  const refs: InterviewStep[] = []
  for (const { section } of content.sections) {
    for (const check of section.checks) {
      for (const question of check.questions) {
        refs.push({ index: refs.length, sectionId: section.id, section, check, question })
      }
    }
  }
  return refs
}

export type AnswersByKey = ReadonlyMap<string, Answer>

export function indexAnswers(answers: readonly Answer[]): Map<string, Answer> {
  return new Map(answers.map((a) => [questionKey(a.sectionId, a.questionId), a]))
}

export function isAnswered(answer: Answer | undefined): boolean {
  return answer?.rating !== undefined
}

export interface Progress {
  answered: number
  total: number
  /** 0–1; 1 when there is nothing to answer. */
  ratio: number
}

export function progressOf(answers: readonly Answer[], total: number): Progress {
  return progressOfCount(answers.filter(isAnswered).length, total)
}

/** The same, from a count of answered questions (as an index gives it). */
export function progressOfCount(answered: number, total: number): Progress {
  return { answered, total, ratio: total === 0 ? 1 : Math.min(1, answered / total) }
}

/** The first unanswered question after `from`, wrapping around; undefined when all are done. */
export function nextUnanswered(
  order: readonly InterviewStep[],
  answers: AnswersByKey,
  from: number,
): InterviewStep | undefined {
  for (let step = 1; step <= order.length; step++) {
    const ref = order[(from + step) % order.length]
    if (ref && !isAnswered(answers.get(questionKey(ref.sectionId, ref.question.id)))) return ref
  }
  return undefined
}

export type QuestionFilter = 'all' | 'unanswered' | 'flagged' | 'requested'

/** Whether a question passes the outline's filter and search text. */
export function matchesFilter(
  ref: InterviewStep,
  answer: Answer | undefined,
  filter: QuestionFilter,
  search: string,
): boolean {
  const passesFilter =
    filter === 'all' ||
    (filter === 'unanswered' && !isAnswered(answer)) ||
    (filter === 'flagged' && answer?.followUp === true) ||
    (filter === 'requested' && (answer?.evidenceRequests.some((r) => !r.receivedAt) ?? false))
  if (!passesFilter) return false
  const needle = search.trim().toLocaleLowerCase()
  if (needle === '') return true
  return [ref.question.prompt, ref.question.guidance, ref.check.title, answer?.notes ?? '']
    .join('\n')
    .toLocaleLowerCase()
    .includes(needle)
}
