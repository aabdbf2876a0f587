import { describe, expect, it } from 'vitest'
import { deriveSeverity, describeSeverityRule, ladderTier, median } from './severity'
import type { Severity } from './model'

describe('ladderTier', () => {
  it.each([
    // rungs, tier of each rung in order
    [1, [0]],
    [2, [0, 1]],
    [3, [0, 1, 2]],
    [5, [0, 0, 1, 1, 2]],
    [10, [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]],
  ])('a ladder of %i rungs is cut in thirds', (rungs, tiers) => {
    expect(Array.from({ length: rungs }, (_, i) => ladderTier(i + 1, rungs))).toEqual(tiers)
  })
})

describe('deriveSeverity', () => {
  type Row = [rung: number, rating: 'not-met' | 'partial', weight: number, expected: Severity]
  // Section 35's ladder (five rungs), weights against a median of 1.
  const rows: Row[] = [
    [1, 'not-met', 1, 'critical'], // Owned
    [1, 'partial', 1, 'high'],
    [2, 'not-met', 1, 'critical'], // Reachable
    [2, 'partial', 1, 'high'],
    [3, 'not-met', 1, 'high'], // Runbooked
    [3, 'partial', 1, 'medium'],
    [4, 'not-met', 1, 'high'], // Learning
    [4, 'partial', 1, 'medium'],
    [5, 'not-met', 1, 'medium'], // Improving
    [5, 'partial', 1, 'low'],
    // Weight: above the median one step more severe, below it one step less, held in range.
    [3, 'not-met', 2, 'critical'],
    [3, 'not-met', 0.5, 'medium'],
    [1, 'not-met', 3, 'critical'],
    [5, 'partial', 0.5, 'low'],
    [5, 'partial', 2, 'medium'],
  ]
  it.each(rows)('rung %i of 5, %s, weight %s → %s', (rung, rating, weight, expected) => {
    expect(deriveSeverity({ rung, rungs: 5, rating, weight, medianWeight: 1 })).toBe(expected)
  })

  it('is never less severe for Not met than for Partially met', () => {
    for (let rung = 1; rung <= 5; rung++) {
      for (const weight of [0.5, 1, 2]) {
        const input = { rung, rungs: 5, weight, medianWeight: 1 }
        const order = ['critical', 'high', 'medium', 'low']
        expect(order.indexOf(deriveSeverity({ ...input, rating: 'not-met' }))).toBeLessThanOrEqual(
          order.indexOf(deriveSeverity({ ...input, rating: 'partial' })),
        )
      }
    }
  })

  it('says the rule in words', () => {
    expect(describeSeverityRule().join(' ')).toMatch(/first third.*Critical.*median weight/s)
  })
})

describe('median', () => {
  it.each([
    [[], 0],
    [[1], 1],
    [[1, 1, 1, 2], 1],
    [[3, 1, 2], 2],
    [[1, 2], 1.5],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})
