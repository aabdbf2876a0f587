import { sectionComparisonChart, sectionLabel } from '../../charts/chart-data'
import type { AuditScore } from '../../scoring/model'
import type { ReportChart } from '../model'
import type { ReportText } from '../text/report-text'
import { levelNameWords, scoreWords } from './words'

/** The screens' chart of section scores, its words in the report's language. */
export function sectionScoresChart(score: AuditScore, words: ReportText): ReportChart {
  const chart = sectionComparisonChart(score)
  const sections = new Map(score.sections.map((s) => [s.sectionId, s]))
  return {
    ...chart,
    title: words.chart.title,
    axisTitle: words.chart.axisTitle,
    altText: words.chart.altText({
      bars: score.sections
        .map((s) =>
          words.chart.altTextBar({
            section: sectionLabel(s.section),
            score: scoreWords(s.score, words),
            level: s.level,
            maxLevel: s.maxLevel,
            levelName: levelNameWords(s, words),
          }),
        )
        .join('; '),
    }),
    bars: chart.bars.map((bar) => {
      const section = sections.get(bar.id)
      return section
        ? {
            ...bar,
            valueText: scoreWords(section.score, words),
            note: words.chart.barNote({
              level: section.level,
              levelName: levelNameWords(section, words),
            }),
          }
        : bar
    }),
  }
}
