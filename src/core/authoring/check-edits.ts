import { slug } from '../content/schema'
import type { Check, Question, Section } from '../content/schema'
import type { CheckEdit, QuestionEdit } from './edit-types'
import { indexById, insertItem, moveItem, updateById } from './lists'
import type { SectionDraft } from './section-draft'
import { newItemId, withSection } from './section-edits'

/** The handlers for checks and their questions. A question id is unique across the section. */

type CheckOf<K> = Extract<CheckEdit, { kind: K }>
type QuestionOf<K> = Extract<QuestionEdit, { kind: K }>

const withChecks = (draft: SectionDraft, change: (checks: Check[]) => Check[]) =>
  withSection(draft, (s) => {
    const checks = change(s.checks)
    return checks === s.checks ? s : { ...s, checks }
  })

function allQuestions(section: Section): Question[] {
  return section.checks.flatMap((check) => check.questions)
}

/** Why a check cannot take this id, in the consultant's words, or undefined when it can. */
export function checkIdProblem(section: Section, checkId: string, id: string): string | undefined {
  if (id === checkId) return undefined
  const result = slug.safeParse(id)
  if (!result.success)
    return `An id ${result.error.issues[0]?.message ?? 'is not valid'}, like "on-call-escalation".`
  const other = section.checks.find((check) => check.id === id)
  if (other) return `The check “${other.title || id}” already has the id "${id}".`
  return undefined
}

/** The question of this id changed by `change`, wherever it is. */
function updateQuestion(
  draft: SectionDraft,
  questionId: string,
  change: (q: Question) => Question,
) {
  return withChecks(draft, (checks) => {
    let changed = false
    const next = checks.map((check) => {
      const questions = updateById(check.questions, questionId, change)
      if (questions === check.questions) return check
      changed = true
      return { ...check, questions }
    })
    return changed ? next : checks
  })
}

export const checkHandlers = {
  addCheck(draft: SectionDraft, edit: CheckOf<'addCheck'>): SectionDraft {
    const check: Check = {
      id: newItemId(draft.section.checks, edit.title, edit.id, 'check'),
      title: edit.title,
      intro: edit.intro ?? '',
      questions: [],
    }
    return withChecks(draft, (checks) => insertItem(checks, check, edit.at))
  },
  setCheckText: (draft: SectionDraft, edit: CheckOf<'setCheckText'>) =>
    withChecks(draft, (checks) =>
      updateById(checks, edit.checkId, (c) => ({ ...c, [edit.field]: edit.value })),
    ),
  setCheckId: (draft: SectionDraft, edit: CheckOf<'setCheckId'>) =>
    checkIdProblem(draft.section, edit.checkId, edit.id) !== undefined
      ? draft
      : withChecks(draft, (checks) =>
          updateById(checks, edit.checkId, (c) => ({ ...c, id: edit.id })),
        ),
  moveCheck: (draft: SectionDraft, edit: CheckOf<'moveCheck'>) =>
    withChecks(draft, (checks) => moveItem(checks, indexById(checks, edit.checkId), edit.to)),
  removeCheck: (draft: SectionDraft, edit: CheckOf<'removeCheck'>) =>
    withChecks(draft, (checks) =>
      indexById(checks, edit.checkId) === -1 ? checks : checks.filter((c) => c.id !== edit.checkId),
    ),
}

export const questionHandlers = {
  addQuestion(draft: SectionDraft, edit: QuestionOf<'addQuestion'>): SectionDraft {
    if (indexById(draft.section.checks, edit.checkId) === -1) return draft
    const question: Question = {
      id: newItemId(allQuestions(draft.section), edit.prompt, edit.id, 'question'),
      prompt: edit.prompt,
      guidance: edit.guidance ?? '',
      outcomeId: edit.outcomeId ?? '',
      weight: edit.weight ?? 1,
    }
    return withChecks(draft, (checks) =>
      updateById(checks, edit.checkId, (c) => ({
        ...c,
        questions: insertItem(c.questions, question, edit.at),
      })),
    )
  },
  setQuestionText: (draft: SectionDraft, edit: QuestionOf<'setQuestionText'>) =>
    updateQuestion(draft, edit.questionId, (q) => ({ ...q, [edit.field]: edit.value })),
  setQuestionOutcome: (draft: SectionDraft, edit: QuestionOf<'setQuestionOutcome'>) =>
    updateQuestion(draft, edit.questionId, (q) => ({ ...q, outcomeId: edit.outcomeId })),
  setQuestionWeight: (draft: SectionDraft, edit: QuestionOf<'setQuestionWeight'>) =>
    updateQuestion(draft, edit.questionId, (q) => ({ ...q, weight: edit.weight })),
  moveQuestion(draft: SectionDraft, edit: QuestionOf<'moveQuestion'>): SectionDraft {
    const checks = draft.section.checks
    const from = checks.find((c) => indexById(c.questions, edit.questionId) !== -1)
    const to = checks.find((c) => c.id === edit.toCheckId)
    if (!from || !to) return draft
    if (from === to) {
      const index = indexById(from.questions, edit.questionId)
      return withChecks(draft, (cs) =>
        updateById(cs, from.id, (c) => ({
          ...c,
          questions: moveItem(c.questions, index, edit.to),
        })),
      )
    }
    const question = from.questions.find((q) => q.id === edit.questionId)
    if (!question) return draft
    return withChecks(draft, (cs) =>
      cs.map((c) => {
        if (c === from) return { ...c, questions: c.questions.filter((q) => q !== question) }
        if (c === to) return { ...c, questions: insertItem(c.questions, question, edit.to) }
        return c
      }),
    )
  },
  removeQuestion: (draft: SectionDraft, edit: QuestionOf<'removeQuestion'>) =>
    withChecks(draft, (checks) => {
      const from = checks.find((c) => indexById(c.questions, edit.questionId) !== -1)
      if (!from) return checks
      return updateById(checks, from.id, (c) => ({
        ...c,
        questions: c.questions.filter((q) => q.id !== edit.questionId),
      }))
    }),
}
