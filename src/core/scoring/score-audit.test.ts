import { describe, expect, it } from 'vitest'
import { scoreAudit } from './score-audit'
import { compareScores } from './compare'
import { formatScore, toPercent } from './model'
import { answersFor, contentOf, makeSection, scoped } from './test-support/fixtures'

const small = makeSection(['owned'], [{ id: 'a', outcome: 'owned' }], { id: 'small', number: 1 })
const large = makeSection(
  ['owned', 'learning'],
  [
    { id: 'a', outcome: 'owned' },
    { id: 'b', outcome: 'owned' },
    { id: 'c', outcome: 'learning' },
    { id: 'd', outcome: 'learning' },
  ],
  { id: 'large', number: 2, title: 'Large' },
)

describe('scoreAudit', () => {
  it('scores each section in order and the audit over every scored question', () => {
    const content = contentOf(scoped(small), scoped(large))
    const answers = [
      ...answersFor('small', { a: 'not-met' }),
      ...answersFor('large', { a: 'met', b: 'met', c: 'met', d: 'na' }),
    ]
    const result = scoreAudit(content, answers)
    expect(result.sections.map((s) => [s.sectionId, s.score, s.level])).toEqual([
      ['small', 0, 0],
      ['large', 1, 2],
    ])
    // Four scored questions, three of them Met: not the mean of 0 % and 100 %.
    expect(result.score).toBe(0.75)
    expect(result.coverage).toEqual({ answered: 5, total: 5, ratio: 1 })
  })

  it('has no score and no coverage before the interview', () => {
    const result = scoreAudit(contentOf(scoped(small)), [])
    expect(result.score).toBeNull()
    expect(result.coverage).toEqual({ answered: 0, total: 1, ratio: 0 })
  })
})

describe('compareScores', () => {
  it('gives level and score changes per section and per outcome', () => {
    const content = contentOf(scoped(large))
    const before = scoreAudit(content, answersFor('large', { a: 'met', b: 'not-met', c: 'met' }))
    const after = scoreAudit(
      content,
      answersFor('large', { a: 'met', b: 'met', c: 'met', d: 'partial' }),
    )
    const [change] = compareScores(before, after)
    expect(change).toMatchObject({ sectionId: 'large', label: '2 · Large', levelDelta: 2 })
    // 67 % (2 of 3) → 88 % (3.5 of 4), in whole points as shown.
    expect(change?.scoreDelta).toBe(88 - 67)
    expect(change?.outcomes.map((o) => [o.outcomeId, o.scoreDelta])).toEqual([
      ['owned', 50],
      ['learning', -25],
    ])
  })

  it('marks sections present on one side only', () => {
    const before = scoreAudit(contentOf(scoped(small)), [])
    const after = scoreAudit(contentOf(scoped(large)), [])
    const changes = compareScores(before, after)
    expect(changes.map((c) => [c.sectionId, !!c.previous, !!c.current, c.levelDelta])).toEqual([
      ['large', false, true, null],
      ['small', true, false, null],
    ])
  })
})

describe('percentages', () => {
  it.each([
    [null, null, 'not scored'],
    [0, 0, '0%'],
    [0.625, 63, '63%'],
    [2 / 3, 67, '67%'],
    [1, 100, '100%'],
  ])('%s → %s', (score, percent, text) => {
    expect(toPercent(score)).toBe(percent)
    expect(formatScore(score)).toBe(text)
  })
})
