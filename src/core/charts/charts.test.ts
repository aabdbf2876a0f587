import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content'
import { scoreAudit } from '../scoring/score-audit'
import {
  answersFor,
  contentOf,
  makeSection,
  scoped,
  SECTION_35_REACHABLE,
} from '../scoring/test-support/fixtures'
import { outcomeScoreChart, sectionComparisonChart } from './chart-data'
import { escapeXml, renderBarChartSvg, svgDataUrl } from './render-svg'

const section35 = builtinPack.sections[0]!
const other = makeSection(['owned'], [{ id: 'a', outcome: 'owned' }], {
  id: 'other',
  number: 4,
  title: 'Backups & <Restore> "drills"',
})
const score = scoreAudit(contentOf(scoped(section35), scoped(other)), [
  ...answersFor(section35.id, SECTION_35_REACHABLE),
])

/** The texts of the SVG's <text> elements, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  )
}

describe('sectionComparisonChart', () => {
  it('has a bar per section with its score and level, and nothing for an unscored one', () => {
    const chart = sectionComparisonChart(score)
    expect(chart.bars).toEqual([
      {
        id: 'incident-response',
        label: '35 · Incident Response',
        value: 71,
        valueText: '71%',
        note: 'Level 2 · Reachable',
        style: 'solid',
      },
      {
        id: 'other',
        label: '4 · Backups & <Restore> "drills"',
        value: null,
        valueText: 'not scored',
        note: 'Level 0 · Ad-hoc',
        style: 'empty',
      },
    ])
    expect(chart.reference).toBeUndefined()
    expect(chart.altText).toBe(
      'Section scores: 35 · Incident Response 71%, level 2 of 5 (Reachable); 4 · Backups & <Restore> "drills" not scored, level 0 of 1 (Ad-hoc).',
    )
  })
})

describe('outcomeScoreChart', () => {
  it('has a bar per outcome against the threshold, styled by whether it is achieved', () => {
    const chart = outcomeScoreChart(score.sections[0]!)
    expect(chart.reference).toEqual({ label: 'Threshold 75%', value: 75 })
    expect(chart.bars.map((b) => [b.label, b.value, b.note, b.style])).toEqual([
      ['1 · Owned', 75, 'Achieved', 'solid'],
      ['2 · Reachable', 100, 'Achieved', 'solid'],
      ['3 · Runbooked', 50, 'Not achieved', 'hatched'],
      ['4 · Learning', null, 'Not applicable', 'empty'],
      ['5 · Improving', null, 'Not achieved · 1 unanswered', 'empty'],
    ])
    expect(chart.altText).toContain('against the 75% threshold: Owned 75%, achieved;')
  })
})

describe('renderBarChartSvg', () => {
  const charts = [sectionComparisonChart(score), outcomeScoreChart(score.sections[0]!)]

  it.each(charts)('labels every bar of "$title" in text, with its value and note', (chart) => {
    const svg = renderBarChartSvg(chart)
    const shown = texts(svg)
    for (const bar of chart.bars) {
      // A long label is cut short with an ellipsis; the row's tooltip keeps it whole.
      const label = shown.find(
        (t) => t === bar.label || (t.endsWith('…') && bar.label.startsWith(t.slice(0, -1))),
      )
      expect(label, bar.label).toBeDefined()
      expect(svg).toContain(
        `<title>${escapeXml(`${bar.label}: ${bar.valueText}, ${bar.note}`)}</title>`,
      )
      expect(shown).toContain(bar.valueText)
      expect(shown).toContain(bar.note)
    }
    if (chart.reference) expect(shown).toContain(chart.reference.label)
    expect(shown).toEqual(expect.arrayContaining(['0%', '25%', '50%', '75%', '100%']))
  })

  it.each(charts)('"$title" has an accessible title and description', (chart) => {
    const svg = renderBarChartSvg(chart)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/)
    expect(svg).toContain(`<title id="${chart.id}-title">${escapeXml(chart.title)}</title>`)
    expect(svg).toContain(`<desc id="${chart.id}-desc">${escapeXml(chart.altText)}</desc>`)
    expect(svg).toContain(`aria-labelledby="${chart.id}-title ${chart.id}-desc"`)
  })

  it('escapes text, so a section title cannot break the document', () => {
    const svg = renderBarChartSvg(charts[0]!)
    expect(svg).toContain('Backups &amp; &lt;Restore&gt; &quot;drills&quot;')
    expect(svg).not.toContain('<Restore>')
  })

  it('tells achieved from not achieved by pattern, not colour alone', () => {
    const svg = renderBarChartSvg(charts[1]!)
    const bars = [
      ...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="20" fill="([^"]+)"/g),
    ]
    expect(bars.map((m) => m[1])).toEqual([
      '#2f4f6f',
      '#2f4f6f',
      'url(#outcomes-incident-response-hatch)',
    ])
    expect(svg).toContain('<pattern id="outcomes-incident-response-hatch"')
    // The dashed threshold line at 75 % of the plot.
    expect(svg).toMatch(/stroke-dasharray="6 4"/)
  })

  it('draws bar lengths to scale and is deterministic', () => {
    const svg = renderBarChartSvg(charts[1]!, { width: 720 })
    const widths = [...svg.matchAll(/<rect x="226" y="[\d.]+" width="([\d.]+)" height="20"/g)].map(
      (m) => Number(m[1]),
    )
    // Plot: 720 − 226 (left) − 84 − 16 = 394 px for 100 %.
    expect(widths).toEqual([295.5, 394, 197])
    expect(renderBarChartSvg(charts[1]!, { width: 720 })).toBe(svg)
  })

  it('shows the title inside the image only when asked', () => {
    const chart = charts[0]!
    expect(texts(renderBarChartSvg(chart))).not.toContain(chart.title)
    expect(texts(renderBarChartSvg(chart, { showTitle: true }))).toContain(chart.title)
  })

  it('makes a data URL an <img> can show', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><text>75% & ü</text></svg>')
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true)
    expect(decodeURIComponent(url.split(',')[1]!)).toContain('75% & ü')
  })
})
