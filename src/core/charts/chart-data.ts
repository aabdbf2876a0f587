import {
  formatScore,
  toPercent,
  type AuditScore,
  type OutcomeScore,
  type SectionScore,
} from '../scoring/model'

/**
 * Chart data from scores: the one source of the charts the results screen draws and the Word
 * report embeds (PRODUCT.md §8, §9), so both show the very same thing. Values are whole
 * percentages, as every other score on screen; a bar with no score has value null.
 */

/**
 * How a bar is filled. Each is told apart in grey-scale print by its pattern, not its colour,
 * and the text beside the bar says the same again.
 */
export type BarStyle =
  /** Solid: a section's score; an achieved outcome. */
  | 'solid'
  /** Diagonal hatching: an outcome not achieved. */
  | 'hatched'
  /** No bar, only the words "not scored": nothing to score. */
  | 'empty'

export interface ChartBar {
  id: string
  label: string
  /** 0–100; null when there is nothing to score. */
  value: number | null
  /** Printed at the end of the bar: "63%" or "not scored". */
  valueText: string
  /** Printed after the value, e.g. "Level 2 · Reachable" or "Achieved". */
  note: string
  style: BarStyle
}

export interface BarChart {
  /** Unique within a document; prefixes the ids inside the SVG. */
  id: string
  title: string
  axisTitle: string
  /** What a screen reader reads in place of the chart; every bar with its value and note. */
  altText: string
  bars: ChartBar[]
  /** A vertical reference line, e.g. the achievement threshold, 0–100. */
  reference?: { label: string; value: number }
}

export function sectionLabel(section: Pick<SectionScore['section'], 'number' | 'title'>): string {
  return `${section.number} · ${section.title}`
}

/** Across sections: each section's score, with the level it reached. */
export function sectionComparisonChart(score: AuditScore): BarChart {
  const bars = score.sections.map((s): ChartBar => ({
    id: s.sectionId,
    label: sectionLabel(s.section),
    value: toPercent(s.score),
    valueText: formatScore(s.score),
    note: `Level ${s.level} · ${s.levelName}`,
    style: s.score === null ? 'empty' : 'solid',
  }))
  return {
    id: 'section-scores',
    title: 'Section scores',
    axisTitle: 'Score (%)',
    altText:
      'Section scores: ' +
      score.sections
        .map(
          (s) =>
            `${sectionLabel(s.section)} ${formatScore(s.score)}, level ${s.level} of ${s.maxLevel} (${s.levelName})`,
        )
        .join('; ') +
      '.',
    bars,
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

export function outcomeNote(outcome: OutcomeScore): string {
  switch (outcome.status) {
    case 'achieved':
      return 'Achieved'
    case 'not-applicable':
      return 'Not applicable'
    case 'incomplete':
      return `Not achieved · ${outcome.unansweredCount} unanswered`
    case 'below-threshold':
      return 'Not achieved'
  }
}

/** One section: each outcome's score against the achievement threshold. */
export function outcomeScoreChart(section: SectionScore): BarChart {
  const threshold = toPercent(section.threshold) ?? 0
  const label = sectionLabel(section.section)
  return {
    id: `outcomes-${section.sectionId}`,
    title: `Outcome scores · ${label}`,
    axisTitle: 'Score (%)',
    altText:
      `Outcome scores for ${label} against the ${threshold}% threshold: ` +
      section.outcomes
        .map((o) => `${o.outcome.name} ${formatScore(o.score)}, ${lowerFirst(outcomeNote(o))}`)
        .join('; ') +
      '.',
    reference: { label: `Threshold ${threshold}%`, value: threshold },
    bars: section.outcomes.map((o) => ({
      id: o.outcome.id,
      label: `${o.level} · ${o.outcome.name}`,
      value: toPercent(o.score),
      valueText: formatScore(o.score),
      note: outcomeNote(o),
      style: o.score === null ? 'empty' : o.achieved ? 'solid' : 'hatched',
    })),
  }
}
