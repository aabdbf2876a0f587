import type { Check, ContentPack, Outcome, Question, Section } from './schema'

/**
 * Small, pure look-ups over a validated pack, shared by the interview, scoring and the report.
 * They assume the pack passed `parseContentPack` (ids unique, outcome ids resolvable).
 */

/** How answers are keyed: a question id is unique only within its section. */
export type QuestionKey = `${string}/${string}`

/** A question in interview order, with where it sits. */
export interface QuestionRef {
  sectionId: string
  checkId: string
  question: Question
}

export interface PackIndex {
  pack: ContentPack
  sections: ReadonlyMap<string, Section>
  questions: ReadonlyMap<QuestionKey, QuestionRef>
}

export interface SectionCounts {
  outcomes: number
  checks: number
  questions: number
  preparation: number
}

export function questionKey(sectionId: string, questionId: string): QuestionKey {
  return `${sectionId}/${questionId}`
}

/** The inverse of `questionKey`; undefined for text that is not a key. */
export function parseQuestionKey(
  key: string,
): { sectionId: string; questionId: string } | undefined {
  const slash = key.indexOf('/')
  if (slash <= 0 || slash === key.length - 1 || key.indexOf('/', slash + 1) !== -1) return undefined
  return { sectionId: key.slice(0, slash), questionId: key.slice(slash + 1) }
}

export function sectionById(pack: ContentPack, sectionId: string): Section | undefined {
  return pack.sections.find((section) => section.id === sectionId)
}

export function checkById(section: Section, checkId: string): Check | undefined {
  return section.checks.find((check) => check.id === checkId)
}

/** A section's questions in the order they are asked: check by check, question by question. */
export function questionsOfSection(section: Section): QuestionRef[] {
  return section.checks.flatMap((check) =>
    check.questions.map((question) => ({ sectionId: section.id, checkId: check.id, question })),
  )
}

/** The questions that evidence one outcome, in interview order. */
export function questionsOfOutcome(section: Section, outcomeId: string): QuestionRef[] {
  return questionsOfSection(section).filter((ref) => ref.question.outcomeId === outcomeId)
}

export function outcomeOfQuestion(section: Section, question: Question): Outcome | undefined {
  return section.outcomes.find((outcome) => outcome.id === question.outcomeId)
}

export function countSection(section: Section): SectionCounts {
  return {
    outcomes: section.outcomes.length,
    checks: section.checks.length,
    questions: section.checks.reduce((sum, check) => sum + check.questions.length, 0),
    preparation: section.preparation.length,
  }
}

/** Maps for constant-time look-up when a screen resolves many keys (the outline, the report). */
export function indexPack(pack: ContentPack): PackIndex {
  const sections = new Map<string, Section>()
  const questions = new Map<QuestionKey, QuestionRef>()
  for (const section of pack.sections) {
    sections.set(section.id, section)
    for (const ref of questionsOfSection(section)) {
      questions.set(questionKey(section.id, ref.question.id), ref)
    }
  }
  return { pack, sections, questions }
}
