import type { Answer, Rating, ScopedSection } from '../audit/model'
import { questionKey } from '../content/lookup'
import type { Outcome } from '../content/schema'
import {
  ADHOC_LEVEL_NAME,
  type Blocker,
  type Coverage,
  type OutcomeScore,
  type QuestionScore,
  type SectionScore,
} from './model'

/**
 * Scoring as PRODUCT.md §6 states it, as pure functions of the frozen content and the answers.
 * `describeScoringMethod` (./method.ts) says the same in words for the report: change both together.
 */

/** A rating's value. Not applicable has none: it is left out of every score. */
export const RATING_VALUES = { met: 1, partial: 0.5, 'not-met': 0 } as const

/**
 * Scores are compared with the threshold allowing for floating-point noise, so that a mix landing
 * exactly on the threshold (say 0.75 from weights 1, 2 and 3) is never read as 0.7499999.
 */
const EPSILON = 1e-9

/** Answers as a list, or already indexed by `questionKey`. */
export type AnswerSource = readonly Answer[] | ReadonlyMap<string, Answer>

export function ratingLookup(answers: AnswerSource): (key: string) => Rating | undefined {
  const byKey =
    answers instanceof Map
      ? (answers as ReadonlyMap<string, Answer>)
      : new Map(
          (answers as readonly Answer[]).map((a) => [questionKey(a.sectionId, a.questionId), a]),
        )
  return (key) => byKey.get(key)?.rating
}

export function ratingValue(rating: Rating | undefined): number | null {
  return rating === undefined || rating === 'na' ? null : RATING_VALUES[rating]
}

/** Σ weight × value / Σ weight over the scored questions; null when none is scored. */
export function weightedMean(questions: readonly QuestionScore[]): number | null {
  let weights = 0
  let total = 0
  for (const q of questions) {
    if (q.value === null) continue
    weights += q.weight
    total += q.weight * q.value
  }
  return weights === 0 ? null : total / weights
}

export function coverageOf(questions: readonly QuestionScore[]): Coverage {
  const answered = questions.filter((q) => q.state !== 'unanswered').length
  const total = questions.length
  return { answered, total, ratio: total === 0 ? 1 : answered / total }
}

export function scoreOutcome(
  outcome: Outcome,
  level: number,
  threshold: number,
  questions: readonly QuestionScore[],
): OutcomeScore {
  const own = questions.filter((q) => q.outcomeId === outcome.id)
  const score = weightedMean(own)
  const unansweredCount = own.filter((q) => q.state === 'unanswered').length
  const notApplicableCount = own.filter((q) => q.state === 'not-applicable').length
  // Every question N/A: nothing is missing and nothing falls short, so the outcome is not
  // applicable and does not stop the staircase, but it is not called achieved either. An outcome
  // with no question at all (packs refuse those) has nothing to show for it and is not achieved.
  const notApplicable = own.length > 0 && notApplicableCount === own.length
  const achieved = unansweredCount === 0 && score !== null && score + EPSILON >= threshold
  return {
    outcome,
    level,
    threshold,
    score,
    achieved,
    clearsLadder: achieved || notApplicable,
    status: achieved
      ? 'achieved'
      : notApplicable
        ? 'not-applicable'
        : unansweredCount > 0
          ? 'incomplete'
          : 'below-threshold',
    questionCount: own.length,
    scoredCount: own.length - unansweredCount - notApplicableCount,
    notApplicableCount,
    unansweredCount,
    questions: own,
  }
}

/**
 * What keeps `next` from being achieved: every unanswered question of it; and, when its score is
 * under the threshold, every scored question of it rated below Met (Not met, Partially met).
 * In interview order.
 */
export function blockersOf(next: OutcomeScore | undefined): Blocker[] {
  if (!next || next.clearsLadder) return []
  const belowThreshold = next.score !== null && next.score + EPSILON < next.threshold
  const blockers: Blocker[] = []
  for (const question of next.questions) {
    if (question.state === 'unanswered') blockers.push({ question, reason: 'unanswered' })
    else if (belowThreshold && question.rating === 'not-met')
      blockers.push({ question, reason: 'not-met' })
    else if (belowThreshold && question.rating === 'partial')
      blockers.push({ question, reason: 'partial' })
  }
  return blockers
}

export function scoreSection(scoped: ScopedSection, answers: AnswerSource): SectionScore {
  const { section, achievementThreshold: threshold } = scoped
  const ratingOf = ratingLookup(answers)
  let index = 0
  const questions: QuestionScore[] = section.checks.flatMap((check) =>
    check.questions.map((question) => {
      const rating = ratingOf(questionKey(section.id, question.id))
      const value = ratingValue(rating)
      return {
        sectionId: section.id,
        checkId: check.id,
        questionId: question.id,
        outcomeId: question.outcomeId,
        weight: question.weight,
        index: index++,
        rating,
        state: rating === undefined ? 'unanswered' : rating === 'na' ? 'not-applicable' : 'scored',
        value,
      } satisfies QuestionScore
    }),
  )

  const outcomes = section.outcomes.map((outcome, i) =>
    scoreOutcome(outcome, i + 1, threshold, questions),
  )
  // The staircase: level k when outcomes 1…k are all achieved or not applicable. An achieved
  // outcome above a gap does not count.
  const firstMissing = outcomes.findIndex((o) => !o.clearsLadder)
  const level = firstMissing === -1 ? outcomes.length : firstMissing
  const nextOutcome = outcomes[level]
  return {
    sectionId: section.id,
    section,
    threshold,
    level,
    levelName: level === 0 ? ADHOC_LEVEL_NAME : (outcomes[level - 1]?.outcome.name ?? ''),
    maxLevel: outcomes.length,
    score: weightedMean(questions),
    coverage: coverageOf(questions),
    questions,
    outcomes,
    nextOutcome,
    blockers: blockersOf(nextOutcome),
  }
}
