import { describe, expect, it } from 'vitest'
import { fixtureInput } from '../test-support/fixture-audit'
import { ENGLISH } from './english'
import { REPORT_LANGUAGES, reportText } from './languages'
import { leavesOf } from './test-support/catalogue-leaves'

/**
 * Sample values for every sentence of the catalogue, by its path. A sentence added to
 * `ReportText` without a sample here fails the first test, so every one is exercised.
 */
const SAMPLES: Record<string, unknown[]> = {
  'dates.date': [{ day: 28, month: 'November', year: '2026' }],
  'dates.dateTime': [{ date: '28 November 2026', hour: '14', minute: '05' }],
  list: [['a', 'b', 'c']],
  score: [63],
  percent: [80],
  editionNotice: ['internal'],
  'cover.subtitleOfMany': [{ count: 40 }],
  'cover.subtitleOfFew': [{ sections: 'Incident Response' }],
  'cover.label': [{ label: 'Client' }],
  'cover.logoAltText': [{ firm: 'Ruiz Consulting' }],
  'page.header': [{ client: 'Northwind', system: 'Payments' }],
  'page.pageOfPages': [{ page: '1', pages: '9' }],
  'chart.barNote': [{ level: 2, levelName: 'Reachable' }],
  'chart.altText': [{ bars: '1 · Incident Response 63%' }],
  'chart.altTextBar': [
    { section: '1 · IR', score: '63%', level: 2, maxLevel: 4, levelName: 'Reachable' },
  ],
  'summary.levelReached': [{ level: 2, maxLevel: 4, levelName: 'Reachable' }],
  'summary.noFindings': [{ client: 'Northwind' }],
  'summary.topFindingsCaption': [{ shown: 5, total: 12 }],
  'summary.assessed': [
    { system: 'Payments', client: 'Northwind', sections: 3, score: '63%', answeredPercent: 80 },
  ],
  'summary.singleSection': [
    { section: 'Incident Response', level: 2, maxLevel: 4, levelName: 'Reachable' },
  ],
  'summary.strongestAndWeakest': [
    {
      strongest: 'IR',
      strongestLevel: 'Reachable',
      strongestScore: '80%',
      weakest: 'SC',
      weakestLevel: 'Ad-hoc',
      weakestScore: '20%',
    },
  ],
  'summary.findingsCount': [{ count: 3, bySeverity: '1 high and 2 low' }],
  'summary.severityCount': [{ count: 2, severity: 'Low' }],
  'method.interview': [{ system: 'Payments', sectionCount: 1, sections: 'IR, builtin 1.0.0' }],
  'method.sectionSource': [{ title: 'IR', pack: 'builtin', version: '1.0.0' }],
  'method.scoringRules': [fixtureInput().content],
  'method.coverage': [{ answered: 8, total: 10, percent: 80 }],
  'method.severityRule': [],
  'sections.heading': [{ number: 1, title: 'Incident Response' }],
  'sections.goal': [{ headline: 'Incidents are handled calmly' }],
  'sections.maturity': [{ level: 2, maxLevel: 4, levelName: 'Reachable' }],
  'sections.ladderCaption': [{ section: 'Incident Response' }],
  'sections.outcomeName': [{ level: 1, name: 'Reachable' }],
  'sections.answeredOf': [{ answered: 3, total: 4 }],
  'sections.outcomeCaption': [{ score: '63%', answeredPercent: 80 }],
  'sections.blocksNextLevel': [{ outcome: 'Rehearsed' }],
  'sections.blocker': [{ reason: 'Not met' }],
  'actionPlan.intro': [{ count: 3 }],
  'actionPlan.unassigned': [{ count: 2, ids: 'F1, F2' }],
  'actionPlan.findingHeading': [{ id: 'F1', title: 'No on-call rota' }],
  'actionPlan.whereValue': [{ section: 'IR', check: 'On call', outcome: 'Reachable' }],
  'actionPlan.changesHeading': [{ date: '20 May 2026' }],
  'actionPlan.level': [{ level: 2, levelName: 'Reachable' }],
  'actionPlan.scoreChange': [{ then: '40%', now: '63%', delta: 23 }],
  'evidence.itemHeading': [{ number: 'E1', title: 'Rota' }],
  'evidence.typeAndSizeValue': [{ mediaType: 'image/png', size: '1.2 MB' }],
  'evidence.capturedValue': [{ when: '28 November 2026, 14:05', by: 'Ana Ruiz' }],
  'evidence.imageCaption': [{ number: 'E1', title: 'Rota' }],
}

describe('the English report text', () => {
  const leaves = leavesOf(ENGLISH)

  it('has a sample for every sentence, and no sample for a sentence it lacks', () => {
    const sentences = leaves.filter((l) => typeof l.value === 'function').map((l) => l.path)
    expect(sentences.sort()).toEqual(Object.keys(SAMPLES).sort())
  })

  it('gives every word and every sentence, for sample values, as text', () => {
    for (const { path, value } of leaves) {
      const result =
        typeof value === 'function'
          ? (value as (...values: unknown[]) => unknown)(...(SAMPLES[path] ?? []))
          : value
      const texts = textsOf(result)
      expect(texts.length, path).toBeGreaterThan(0)
      for (const text of texts) expect(text.trim(), path).not.toBe('')
    }
  })

  it('names the twelve months', () => {
    expect(ENGLISH.dates.months).toHaveLength(12)
  })

  it('is the default language, and every registered language is complete by its type', () => {
    expect(reportText()).toBe(ENGLISH)
    expect(REPORT_LANGUAGES.en).toBe(ENGLISH)
  })
})

/** The text in a result: a string, strings, or the method's blocks. */
function textsOf(result: unknown): string[] {
  if (typeof result === 'string') return [result]
  if (Array.isArray(result)) return result.flatMap(textsOf)
  if (result && typeof result === 'object') {
    const block = result as { text?: unknown; items?: unknown }
    return [...textsOf(block.text), ...textsOf(block.items)]
  }
  return []
}
