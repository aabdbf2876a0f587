import type { Rating } from '../audit/model'
import { SEVERITIES, SEVERITY_LABELS, type Severity } from './model'

/**
 * A finding's derived severity (PRODUCT.md §7), from three things, in this order:
 *
 * 1. The outcome's place on the ladder. Earlier rungs are foundations the later ones stand on, so
 *    a gap there matters more. The ladder is cut in thirds: an outcome at rung k of n sits in
 *    tier ⌊3(k−1)/n⌋ — 0 for the first third, 1 for the middle, 2 for the last. Tier 0 starts at
 *    Critical, tier 1 at High, tier 2 at Medium. (Section 35: Owned and Reachable are foundations,
 *    Runbooked and Learning the middle, Improving the top.)
 * 2. The rating: Not met keeps that severity; Partially met is one step less severe.
 * 3. The question's weight against the median weight of its section's questions: above the median,
 *    one step more severe; below it, one step less. (Equal weights, as in the built-in pack,
 *    change nothing.)
 *
 * The result is held between Critical and Low.
 */

export interface SeverityInput {
  /** The outcome's rung, from 1. */
  rung: number
  /** How many outcomes the ladder has. */
  rungs: number
  rating: Extract<Rating, 'not-met' | 'partial'>
  weight: number
  /** The median weight of the section's questions. */
  medianWeight: number
}

export function ladderTier(rung: number, rungs: number): 0 | 1 | 2 {
  const tier = Math.floor((3 * (rung - 1)) / Math.max(1, rungs))
  return Math.min(2, Math.max(0, tier)) as 0 | 1 | 2
}

export function deriveSeverity({
  rung,
  rungs,
  rating,
  weight,
  medianWeight,
}: SeverityInput): Severity {
  let step: number = ladderTier(rung, rungs)
  if (rating === 'partial') step += 1
  if (weight > medianWeight) step -= 1
  else if (weight < medianWeight) step += 1
  return SEVERITIES[Math.min(SEVERITIES.length - 1, Math.max(0, step))]!
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The rule above in words, for the report's method chapter. */
export function describeSeverityRule(): string[] {
  const [critical, high, medium, low] = SEVERITIES.map((s) => SEVERITY_LABELS[s])
  return [
    `Every question rated Not met or Partially met yields a finding. Its severity (${critical}, ${high}, ${medium} or ${low}) is derived as follows; the consultant may change it.`,
    `The outcome's place on its ladder sets the starting point: earlier outcomes are foundations for the later ones. In the first third of the ladder a finding starts at ${critical}, in the middle third at ${high}, in the last third at ${medium}.`,
    'Partially met is one step less severe than Not met.',
    "A question weighted above the median weight of its section's questions is one step more severe; one weighted below it, one step less. The result stays between " +
      `${critical} and ${low}.`,
  ]
}
