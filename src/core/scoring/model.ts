import type { Rating } from '../audit/model'
import type { Outcome, Section } from '../content/schema'

/**
 * What scoring produces (PRODUCT.md §6). Plain data: the results screen, the findings, the charts,
 * the CSV and the Word report all read these, and none of them computes a score of its own.
 *
 * Scores are ratios from 0 to 1; `toPercent` turns one into the whole percentage shown to people.
 */

/** The name of level 0, when the first outcome of the ladder is not achieved. */
export const ADHOC_LEVEL_NAME = 'Ad-hoc'

/** How one question counts. */
export type QuestionState = 'scored' | 'not-applicable' | 'unanswered'

export interface QuestionScore {
  sectionId: string
  checkId: string
  questionId: string
  outcomeId: string
  weight: number
  /** Position in the section's interview order, from 0. */
  index: number
  rating: Rating | undefined
  state: QuestionState
  /** Met 1, Partially met 0.5, Not met 0; null when not scored (N/A or unanswered). */
  value: number | null
}

export type OutcomeStatus =
  /** Score at or above the threshold and nothing unanswered. */
  | 'achieved'
  /** Every question rated Not applicable: nothing to achieve, and nothing keeping the ladder back. */
  | 'not-applicable'
  /** Everything answered, but the score is under the threshold. */
  | 'below-threshold'
  /** At least one question is unanswered (whatever the score so far). */
  | 'incomplete'

export interface OutcomeScore {
  outcome: Outcome
  /** Its rung on the ladder: 1 for the first outcome. */
  level: number
  threshold: number
  /** Weighted mean of the scored questions' values; null when none is scored. */
  score: number | null
  /** Reached its threshold with nothing unanswered (an outcome all N/A is not applicable, not achieved). */
  achieved: boolean
  /** Achieved or not applicable: the staircase climbs past it. */
  clearsLadder: boolean
  status: OutcomeStatus
  questionCount: number
  scoredCount: number
  notApplicableCount: number
  unansweredCount: number
  questions: QuestionScore[]
}

export type BlockerReason = 'unanswered' | 'not-met' | 'partial'

/** A question keeping the next outcome from being achieved. */
export interface Blocker {
  question: QuestionScore
  reason: BlockerReason
}

export interface Coverage {
  /** Questions rated, Not applicable included. */
  answered: number
  total: number
  /** answered / total; 1 when there is nothing to answer. */
  ratio: number
}

export interface SectionScore {
  sectionId: string
  section: Section
  threshold: number
  /** 0 (Ad-hoc) to the number of outcomes: the staircase. */
  level: number
  /** The reached level's name: "Ad-hoc" or the outcome's name. */
  levelName: string
  /** How many levels the ladder has above Ad-hoc. */
  maxLevel: number
  /** Weighted mean over every scored question of the section; null when none is scored. */
  score: number | null
  coverage: Coverage
  /** Every question of the section, in interview order. */
  questions: QuestionScore[]
  outcomes: OutcomeScore[]
  /** The first outcome not achieved, the next step up; undefined at the top of the ladder. */
  nextOutcome: OutcomeScore | undefined
  /** Why `nextOutcome` is not achieved, in interview order; empty at the top of the ladder. */
  blockers: Blocker[]
}

export interface AuditScore {
  sections: SectionScore[]
  /** Weighted mean over every scored question of the audit; null when none is scored. */
  score: number | null
  coverage: Coverage
}

/** A score as the whole percentage people see (0.625 → 63); null stays null. */
export function toPercent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100)
}

/** "63%", or "not scored" when there is nothing to score. */
export function formatScore(score: number | null): string {
  const percent = toPercent(score)
  return percent === null ? 'not scored' : `${percent}%`
}
