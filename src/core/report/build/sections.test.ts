import { describe, expect, it } from 'vitest'
import { scoreAudit } from '../../scoring/score-audit'
import type { ReportBlock } from '../model'
import { fixtureInput } from '../test-support/fixture-audit'
import { buildReportModel } from './build-report-model'

/** The outcome table's rows as text: outcome and status. */
function outcomeRows(body: readonly ReportBlock[]): string[][] {
  const table = body.find(
    (b): b is Extract<ReportBlock, { kind: 'table' }> =>
      b.kind === 'table' && b.columns[0]?.header === 'Outcome',
  )
  return (table?.rows ?? []).map((row) => [row[0]!, row[4]!].map((c) => c.spans[0]!.text))
}

describe('the outcome table', () => {
  it('says an outcome whose questions are all N/A is not applicable, and the ladder climbs past it', () => {
    const base = fixtureInput()
    const owned = base.content.sections[0]!.section.outcomes[0]!.id
    const ownedQuestions = new Set(
      base.content.sections[0]!.section.checks.flatMap((c) =>
        c.questions.filter((q) => q.outcomeId === owned).map((q) => q.id),
      ),
    )
    const answers = base.answers.map((a) =>
      ownedQuestions.has(a.questionId) ? { ...a, rating: 'na' as const } : a,
    )
    const score = scoreAudit(base.content, answers)
    const rows = outcomeRows(buildReportModel({ ...base, answers, score }).body)
    expect(rows[0]).toEqual(['1. Owned', 'Not applicable'])
    expect(rows[1]).toEqual(['2. Reachable', 'Achieved'])
    expect(score.sections[0]?.level).toBe(2)
  })
})
