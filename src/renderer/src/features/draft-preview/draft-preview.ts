import { interviewOrder, type InterviewStep } from '@core/audit'
import { idFromTitle, type SectionDraft } from '@core/authoring'
import type { Check, Question, Section } from '@core/content'

/**
 * A section draft as the interview walks it in preview. A draft need not validate, so what the
 * interview takes for granted is made true here: every title and prompt has words, and every check
 * and question has an id of its own (the outline and the routes tell them apart by id).
 */
export interface DraftPreview {
  section: Section
  order: InterviewStep[]
  /** The titles of checks with no question yet: the walk has nothing to show for them. */
  checksWithoutQuestions: string[]
}

export const UNTITLED_SECTION = 'Untitled section'
export const UNTITLED_CHECK = 'Untitled check'
export const NO_PROMPT = 'This question has no prompt yet'
export const NO_GUIDANCE = 'No guidance written yet.'

export function previewOfDraft(draft: SectionDraft): DraftPreview {
  const { section: source } = draft
  const checkIds = new Set<string>()
  const questionIds = new Set<string>()
  const checks = source.checks.map((check): Check => ({
    ...check,
    id: ownId(check.id, checkIds, 'check'),
    title: orElse(check.title, UNTITLED_CHECK),
    questions: check.questions.map((question): Question => ({
      ...question,
      id: ownId(question.id, questionIds, 'question'),
      prompt: orElse(question.prompt, NO_PROMPT),
      guidance: orElse(question.guidance, NO_GUIDANCE),
    })),
  }))
  const section: Section = { ...source, title: orElse(source.title, UNTITLED_SECTION), checks }
  const order = interviewOrder({
    auditId: '',
    sections: [
      {
        packId: draft.packId,
        packVersion: '',
        achievementThreshold: draft.achievementThreshold,
        section,
      },
    ],
  })
  return {
    section,
    order,
    checksWithoutQuestions: checks
      .filter((check) => check.questions.length === 0)
      .map((check) => check.title),
  }
}

/**
 * What a question of the draft evidences, in words, where the interview says "Evidences: …":
 * the outcome's name, or what is wrong with the question's outcome.
 */
export function evidencesInDraft(draft: SectionDraft, outcomeId: string): string {
  const { outcomes } = draft.section
  const level = outcomes.findIndex((outcome) => outcome.id === outcomeId)
  if (outcomeId.trim() === '') return 'no outcome chosen yet'
  if (level !== -1) {
    return outcomes[level]!.name.trim() || `the unnamed outcome at level ${level + 1}`
  }
  const removed = draft.removedOutcomes[outcomeId]
  return removed === undefined
    ? `"${outcomeId}", which is not on the ladder`
    : `'${removed}', which is no longer on the ladder`
}

function orElse(text: string, placeholder: string): string {
  return text.trim() === '' ? placeholder : text
}

/** The id as written when it is its own; a fresh one when it is blank or already used. */
function ownId(id: string, used: Set<string>, fallback: string): string {
  const own = id.trim() === '' || used.has(id) ? idFromTitle(id, used, fallback) : id
  used.add(own)
  return own
}
