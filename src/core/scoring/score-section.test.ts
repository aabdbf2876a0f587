import { describe, expect, it } from 'vitest'
import type { Rating } from '../audit/model'
import { builtinPack } from '../content'
import { scoreSection } from './score-section'
import { answersFor, makeSection, scoped, SECTION_35_REACHABLE } from './test-support/fixtures'

/** A three-rung ladder: two questions for "owned", two for "reachable", one for "runbooked". */
const ladder = makeSection(
  ['owned', 'reachable', 'runbooked'],
  [
    { id: 'o1', outcome: 'owned' },
    { id: 'o2', outcome: 'owned' },
    { id: 'r1', outcome: 'reachable' },
    { id: 'r2', outcome: 'reachable' },
    { id: 'b1', outcome: 'runbooked' },
  ],
)

interface Case {
  name: string
  ratings: Record<string, Rating>
  level: number
  levelName: string
  /** Outcome scores in ladder order (null: not scored). */
  outcomeScores: Array<number | null>
  achieved: boolean[]
  sectionScore: number | null
  coverage: [answered: number, total: number]
  /** Blocking question ids with their reason, in interview order. */
  blockers: string[]
}

const cases: Case[] = [
  {
    name: 'all Met: top of the ladder, nothing blocks',
    ratings: { o1: 'met', o2: 'met', r1: 'met', r2: 'met', b1: 'met' },
    level: 3,
    levelName: 'Runbooked',
    outcomeScores: [1, 1, 1],
    achieved: [true, true, true],
    sectionScore: 1,
    coverage: [5, 5],
    blockers: [],
  },
  {
    name: 'all Not met: Ad-hoc, the first outcome blocked by both its questions',
    ratings: { o1: 'not-met', o2: 'not-met', r1: 'not-met', r2: 'not-met', b1: 'not-met' },
    level: 0,
    levelName: 'Ad-hoc',
    outcomeScores: [0, 0, 0],
    achieved: [false, false, false],
    sectionScore: 0,
    coverage: [5, 5],
    blockers: ['o1:not-met', 'o2:not-met'],
  },
  {
    name: 'a mix reaching exactly the threshold is achieved',
    // Reachable: Met + Partially met = 0.75, exactly the threshold.
    ratings: { o1: 'met', o2: 'met', r1: 'met', r2: 'partial', b1: 'not-met' },
    level: 2,
    levelName: 'Reachable',
    outcomeScores: [1, 0.75, 0],
    achieved: [true, true, false],
    sectionScore: 3.5 / 5,
    coverage: [5, 5],
    blockers: ['b1:not-met'],
  },
  {
    name: 'just under the threshold is not achieved; only questions below Met block',
    ratings: { o1: 'met', o2: 'partial', r1: 'partial', r2: 'partial', b1: 'met' },
    level: 1,
    levelName: 'Owned',
    outcomeScores: [0.75, 0.5, 1],
    achieved: [true, false, true],
    sectionScore: 3.5 / 5,
    coverage: [5, 5],
    blockers: ['r1:partial', 'r2:partial'],
  },
  {
    name: 'N/A everywhere in one outcome: not scored, not applicable, the staircase goes on',
    ratings: { o1: 'met', o2: 'met', r1: 'na', r2: 'na', b1: 'met' },
    level: 3,
    levelName: 'Runbooked',
    outcomeScores: [1, null, 1],
    achieved: [true, false, true],
    sectionScore: 1,
    coverage: [5, 5],
    blockers: [],
  },
  {
    name: 'N/A is left out of the score, not counted as zero',
    ratings: { o1: 'partial', o2: 'na', r1: 'na', r2: 'met', b1: 'na' },
    level: 0,
    levelName: 'Ad-hoc',
    outcomeScores: [0.5, 1, null],
    achieved: [false, true, false],
    sectionScore: 1.5 / 2,
    coverage: [5, 5],
    blockers: ['o1:partial'],
  },
  {
    name: 'an unanswered question blocks achievement even at a perfect score',
    ratings: { o1: 'met', r1: 'met', r2: 'met', b1: 'met' },
    level: 0,
    levelName: 'Ad-hoc',
    outcomeScores: [1, 1, 1],
    achieved: [false, true, true],
    sectionScore: 1,
    coverage: [4, 5],
    blockers: ['o2:unanswered'],
  },
  {
    name: 'unanswered and under the threshold: both kinds block',
    ratings: { o1: 'met', o2: 'met', r1: 'not-met', b1: 'met' },
    level: 1,
    levelName: 'Owned',
    outcomeScores: [1, 0, 1],
    achieved: [true, false, true],
    sectionScore: 3 / 4,
    coverage: [4, 5],
    blockers: ['r1:not-met', 'r2:unanswered'],
  },
  {
    name: 'a gap in the staircase: outcome 3 achieved but 2 not gives level 1',
    ratings: { o1: 'met', o2: 'met', r1: 'not-met', r2: 'met', b1: 'met' },
    level: 1,
    levelName: 'Owned',
    outcomeScores: [1, 0.5, 1],
    achieved: [true, false, true],
    sectionScore: 4 / 5,
    coverage: [5, 5],
    blockers: ['r1:not-met'],
  },
  {
    name: 'nothing answered: no scores, no coverage, everything of the first outcome blocks',
    ratings: {},
    level: 0,
    levelName: 'Ad-hoc',
    outcomeScores: [null, null, null],
    achieved: [false, false, false],
    sectionScore: null,
    coverage: [0, 5],
    blockers: ['o1:unanswered', 'o2:unanswered'],
  },
]

describe('scoreSection', () => {
  it.each(cases)('$name', (c) => {
    const result = scoreSection(scoped(ladder), answersFor(ladder.id, c.ratings))
    expect(result.level).toBe(c.level)
    expect(result.levelName).toBe(c.levelName)
    expect(result.maxLevel).toBe(3)
    expect(result.outcomes.map((o) => o.score)).toEqual(c.outcomeScores)
    expect(result.outcomes.map((o) => o.achieved)).toEqual(c.achieved)
    if (c.sectionScore === null) expect(result.score).toBeNull()
    else expect(result.score).toBeCloseTo(c.sectionScore, 12)
    expect([result.coverage.answered, result.coverage.total]).toEqual(c.coverage)
    expect(result.coverage.ratio).toBeCloseTo(c.coverage[0] / c.coverage[1], 12)
    expect(result.blockers.map((b) => `${b.question.questionId}:${b.reason}`)).toEqual(c.blockers)
    expect(result.nextOutcome?.level).toBe(c.level < 3 ? c.level + 1 : undefined)
  })

  it('weights: a heavy Met outweighs a light Not met, and the other way round', () => {
    const weighted = makeSection(
      ['owned'],
      [
        { id: 'heavy', outcome: 'owned', weight: 3 },
        { id: 'light', outcome: 'owned', weight: 1 },
      ],
    )
    const heavyMet = scoreSection(
      scoped(weighted),
      answersFor(weighted.id, { heavy: 'met', light: 'not-met' }),
    )
    expect(heavyMet.outcomes[0]?.score).toBe(0.75)
    expect(heavyMet.outcomes[0]?.achieved).toBe(true)
    expect(heavyMet.score).toBe(0.75)

    const lightMet = scoreSection(
      scoped(weighted),
      answersFor(weighted.id, { heavy: 'not-met', light: 'met' }),
    )
    expect(lightMet.outcomes[0]?.score).toBe(0.25)
    expect(lightMet.level).toBe(0)
  })

  it('reaches a threshold the floating-point mean lands a hair under', () => {
    // 0.3 / 0.4 is 0.7499999999999999 in binary floating point.
    const section = makeSection(
      ['owned'],
      [
        { id: 'a', outcome: 'owned', weight: 0.1 },
        { id: 'b', outcome: 'owned', weight: 0.3 },
      ],
    )
    const result = scoreSection(scoped(section), answersFor(section.id, { a: 'not-met', b: 'met' }))
    expect(result.outcomes[0]?.score).toBeLessThan(0.75)
    expect(result.outcomes[0]?.achieved).toBe(true)
  })

  it("uses the section's own threshold", () => {
    const ratings = answersFor(ladder.id, { o1: 'met', o2: 'partial' })
    expect(scoreSection(scoped(ladder, 0.75), ratings).outcomes[0]?.achieved).toBe(true)
    expect(scoreSection(scoped(ladder, 0.8), ratings).outcomes[0]?.achieved).toBe(false)
  })

  it('states why an outcome is not achieved', () => {
    const result = scoreSection(
      scoped(ladder),
      answersFor(ladder.id, { o1: 'met', o2: 'met', r1: 'not-met', r2: 'met' }),
    )
    expect(result.outcomes.map((o) => o.status)).toEqual([
      'achieved',
      'below-threshold',
      'incomplete',
    ])
    expect(result.outcomes[2]).toMatchObject({
      questionCount: 1,
      scoredCount: 0,
      unansweredCount: 1,
      notApplicableCount: 0,
    })
  })

  it('calls an outcome whose questions are all N/A not applicable, and climbs past it', () => {
    const result = scoreSection(
      scoped(ladder),
      answersFor(ladder.id, { o1: 'na', o2: 'na', r1: 'met', r2: 'met', b1: 'not-met' }),
    )
    expect(result.outcomes.map((o) => o.status)).toEqual([
      'not-applicable',
      'achieved',
      'below-threshold',
    ])
    expect(result.outcomes.map((o) => o.clearsLadder)).toEqual([true, true, false])
    expect(result.level).toBe(2)
    expect(result.blockers.map((b) => b.question.questionId)).toEqual(['b1'])
  })

  it('ignores answers to other sections and accepts answers indexed by key', () => {
    const other = answersFor('another-section', { o1: 'not-met' })
    const own = answersFor(ladder.id, { o1: 'met', o2: 'met' })
    const fromList = scoreSection(scoped(ladder), [...other, ...own])
    const fromMap = scoreSection(
      scoped(ladder),
      new Map([...other, ...own].map((a) => [`${a.sectionId}/${a.questionId}`, a])),
    )
    expect(fromList.outcomes[0]?.score).toBe(1)
    expect(fromMap).toEqual(fromList)
  })

  it('scores Section 35 answered so that Owned and Reachable are achieved and Runbooked is not', () => {
    const section = builtinPack.sections[0]!
    const result = scoreSection(scoped(section), answersFor(section.id, SECTION_35_REACHABLE))
    expect(result.levelName).toBe('Reachable')
    expect(result.level).toBe(2)
    expect(result.outcomes.map((o) => o.score)).toEqual([0.75, 1, 0.5, null, null])
    // 1 + 0.5 + 1 + 1 + 0.5 + 0 + 1 over seven scored questions.
    expect(result.score).toBeCloseTo(5 / 7, 12)
    expect(result.coverage).toEqual({ answered: 8, total: 9, ratio: 8 / 9 })
    expect(result.blockers.map((b) => `${b.question.questionId}:${b.reason}`)).toEqual([
      'runbook-for-newcomers:partial',
      'runbook-from-alert:not-met',
    ])
  })
})
