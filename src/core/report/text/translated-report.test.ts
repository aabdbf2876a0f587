import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import type * as Languages from './languages'
import { buildReportModel } from '../build/build-report-model'
import { packReport } from '../docx/pack-docx'
import type { ReportBlock, ReportModel } from '../model'
import { docxText } from '../test-support/docx-text'
import { fixtureInput } from '../test-support/fixture-audit'
import { fixtureNarrative } from '../test-support/fixture-narrative'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { coverDetails } from './cover-details'
import { ENGLISH } from './english'
import type { ReportLanguage } from './languages'
import { leavesOf, markedLanguage } from './test-support/catalogue-leaves'

// A second language, registered for this test only: English with every word marked "XX ".
vi.mock('./languages', async (importOriginal) => {
  const actual = await importOriginal<typeof Languages>()
  const { ENGLISH: english } = await import('./english')
  const { markedLanguage: marked } = await import('./test-support/catalogue-leaves')
  const xx = marked(english, 'XX ')
  return {
    ...actual,
    reportText: (language: string) =>
      language === 'xx' ? xx : actual.reportText(language as ReportLanguage),
  }
})

const XX = 'xx' as ReportLanguage
const MARKED = markedLanguage(ENGLISH, 'XX ')

function translatedInput() {
  const before = fixtureInput()
  const sectionId = before.content.sections[0]!.section.id
  return fixtureInput({
    options: { ...before.options, language: XX },
    narrative: fixtureNarrative(sectionId),
    predecessor: {
      audit: { ...before.audit, startDate: '2026-05-20' },
      score: before.score,
      findings: before.findings,
    },
  })
}

/** Every fixed word of the English report: none may be left in another language's. */
const ENGLISH_WORDS = new Set(
  leavesOf(ENGLISH).flatMap(({ value }) =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [],
  ),
)

describe('a report in another language', () => {
  const input = translatedInput()
  const model = buildReportModel(input)
  const checkTitles = new Set(
    input.content.sections.flatMap(({ section }) => section.checks.map((c) => c.title)),
  )

  it('takes every heading from that language (a check is titled by the content)', () => {
    const headings = model.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))
    expect(headings.length).toBeGreaterThan(20)
    for (const heading of headings) if (!checkTitles.has(heading)) expect(heading).toMatch(/^XX /)
    expect(headings).toContain('XX Next steps')
    expect(headings).toContain('XX The auditor’s view')
  })

  it('takes every column header, caption, label and chart text from it', () => {
    const tables = model.body.flatMap((b) => (b.kind === 'table' ? [b] : []))
    for (const table of tables) {
      for (const column of table.columns) expect(column.header).toMatch(/^XX /)
      if (table.caption) expect(table.caption).toMatch(/^XX /)
    }
    const chart = model.body.find((b) => b.kind === 'chart')
    expect(chart?.kind === 'chart' && [chart.chart.title, chart.chart.axisTitle]).toEqual([
      'XX Section scores',
      'XX Score (%)',
    ])
    expect(model.cover.subtitle).toMatch(/^XX /)
    expect(model.cover.date).toMatch(/^XX 28 XX November 2026$/)
    expect(model.headerText).toMatch(/^XX /)
  })

  it('leaves no English word of the catalogue anywhere in the model', () => {
    const left = textsOf(model).filter((text) => ENGLISH_WORDS.has(text))
    expect(left).toEqual([])
  })

  it('writes the Word cover, edition notice and footer in that language', async () => {
    const internal = buildReportModel({
      ...input,
      options: { ...input.options, edition: 'internal' },
    })
    const bytes = await packReport(internal, () => TINY_PNG, { now: PACKED_AT })
    const text = docxText(bytes)
    for (const { label } of coverDetails(internal.cover, MARKED))
      expect(text).toContain(`${label} `)
    expect(text).toContain('XX Internal edition — not for the client')
    expect(text).not.toMatch(/(^|\n)Client:/)
    const files = unzipSync(bytes)
    const footers = Object.keys(files).filter((name) => /^word\/footer\d*\.xml$/.test(name))
    const footer = footers.map((name) => strFromU8(files[name]!)).join('')
    expect(footer).toContain('>\tXX Page </w:t>')
    expect(footer).toContain('PAGE')
    expect(footer).toContain('NUMPAGES')
  })
})

/** Every piece of text the model holds, block by block. */
function textsOf(model: ReportModel): string[] {
  const spans = (list: ReadonlyArray<{ text: string }>) => list.map((s) => s.text)
  const ofBlock = (block: ReportBlock): string[] => {
    switch (block.kind) {
      case 'heading':
        return [block.text]
      case 'paragraph':
        return spans(block.spans)
      case 'bullets':
      case 'numbered':
        return block.items.flatMap(spans)
      case 'table':
        return [
          ...block.columns.map((c) => c.header),
          ...block.rows.flatMap((row) => row.flatMap((cell) => spans(cell.spans))),
          ...(block.caption ? [block.caption] : []),
        ]
      case 'keyValues':
        return block.rows.flatMap((row) => [row.key, ...spans(row.value)])
      case 'image':
        return block.caption ? [block.caption] : []
      case 'chart':
        return [
          block.chart.title,
          block.chart.axisTitle,
          block.chart.altText,
          ...block.chart.bars.flatMap((bar) => [bar.valueText, bar.note]),
        ]
      case 'tableOfContents':
      case 'pageBreak':
        return []
    }
  }
  return [
    model.cover.subtitle,
    model.cover.date,
    model.headerText,
    ...model.media.map((m) => m.altText),
    ...model.body.flatMap(ofBlock),
  ]
}
