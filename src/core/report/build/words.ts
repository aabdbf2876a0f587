import { toPercent } from '../../scoring/model'
import type { ReportText } from '../text/report-text'

/**
 * Small values the chapters write, in the report's language: a score (or that there is none), a
 * share as a percentage, and a level's name (level 0 is every ladder's Ad-hoc, named by the
 * language; a level above it is named by the content).
 */

export function scoreWords(score: number | null, words: ReportText): string {
  return words.score(toPercent(score))
}

export function percentWords(ratio: number, words: ReportText): string {
  return words.percent(Math.round(ratio * 100))
}

export function levelNameWords(
  level: { level: number; levelName: string },
  words: ReportText,
): string {
  return level.level === 0 ? words.adhocLevelName : level.levelName
}
