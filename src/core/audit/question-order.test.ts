import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content'
import { emptyAnswer, snapshotContent, type Answer } from './model'
import {
  indexAnswers,
  interviewOrder,
  matchesFilter,
  nextUnanswered,
  progressOf,
} from './question-order'

const content = snapshotContent(
  'a1',
  [builtinPack],
  builtinPack.sections.map((s) => s.id),
)
const order = interviewOrder(content)

function answer(index: number, patch: Partial<Answer>): Answer {
  const ref = order[index]!
  return { ...emptyAnswer('a1', ref.sectionId, ref.question.id, 0), ...patch }
}

describe('interview order', () => {
  it('lists every question of every check once, numbered in order', () => {
    const expected = content.sections.flatMap(({ section }) =>
      section.checks.flatMap((c) => c.questions.map((q) => q.id)),
    )
    expect(order.map((r) => r.question.id)).toEqual(expected)
    expect(order.map((r) => r.index)).toEqual(expected.map((_, i) => i))
  })

  it('finds the next unanswered question, wrapping around, and none when all are rated', () => {
    const answers = indexAnswers([answer(1, { rating: 'met' }), answer(2, { rating: 'na' })])
    expect(nextUnanswered(order, answers, 0)?.index).toBe(3)
    expect(nextUnanswered(order, answers, order.length - 1)?.index).toBe(0)
    const all = indexAnswers(order.map((_, i) => answer(i, { rating: 'met' })))
    expect(nextUnanswered(order, all, 0)).toBeUndefined()
  })

  it('counts progress from rated answers only', () => {
    const answers = [answer(0, { rating: 'met' }), answer(1, { notes: 'typed, not rated' })]
    expect(progressOf(answers, order.length)).toEqual({
      answered: 1,
      total: order.length,
      ratio: 1 / order.length,
    })
  })

  it('filters to unanswered, flagged or requested evidence, and searches text', () => {
    const ref = order[0]!
    const flagged = answer(0, { followUp: true, notes: 'Rota lives in Opsgenie' })
    const requested = answer(0, { evidenceRequests: [{ id: 'r', text: 'rota export' }] })
    const received = answer(0, { evidenceRequests: [{ id: 'r', text: 'x', receivedAt: 1 }] })
    expect(matchesFilter(ref, undefined, 'unanswered', '')).toBe(true)
    expect(matchesFilter(ref, answer(0, { rating: 'met' }), 'unanswered', '')).toBe(false)
    expect(matchesFilter(ref, flagged, 'flagged', '')).toBe(true)
    expect(matchesFilter(ref, undefined, 'flagged', '')).toBe(false)
    expect(matchesFilter(ref, requested, 'requested', '')).toBe(true)
    expect(matchesFilter(ref, received, 'requested', '')).toBe(false)
    expect(matchesFilter(ref, flagged, 'all', 'opsGENIE')).toBe(true)
    expect(matchesFilter(ref, flagged, 'all', 'kubernetes')).toBe(false)
  })
})
