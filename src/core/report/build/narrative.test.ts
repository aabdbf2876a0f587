import { describe, expect, it } from 'vitest'
import { richTextToPlain, type RichText } from '../../narrative/rich-text'
import type { AuditNarrative } from '../../narrative/parts'
import type { ReportBlock } from '../model'
import { fixtureInput } from '../test-support/fixture-audit'
import { fixtureNarrative, WRITTEN_SUMMARY } from '../test-support/fixture-narrative'
import { buildReportModel } from './build-report-model'
import { ENGLISH } from '../text/english'
import { sectionView } from './narrative'
import { generatedExecutiveSummary } from './summary'

const SECTION_ID = 'incident-response'

function bodyOf(narrative?: AuditNarrative): ReportBlock[] {
  return buildReportModel(fixtureInput(narrative ? { narrative } : {})).body
}

/** The report's outline: each heading, indented by level. */
function outline(body: readonly ReportBlock[]): string[] {
  return body.flatMap((b) => (b.kind === 'heading' ? [`${'  '.repeat(b.level - 1)}${b.text}`] : []))
}

/** The blocks under a heading, up to the next heading of its level or above. */
function under(body: readonly ReportBlock[], heading: string): ReportBlock[] {
  const start = body.findIndex((b) => b.kind === 'heading' && b.text === heading)
  if (start < 0) throw new Error(`No heading ${heading}`)
  const level = (body[start] as { level: number }).level
  const end = body.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level)
  return body.slice(start + 1, end < 0 ? undefined : end)
}

const BLANK: RichText = {
  blocks: [
    { kind: 'paragraph', inlines: [{ text: '   ' }] },
    { kind: 'bullets', items: [[{ text: '' }]] },
  ],
}

describe('the narrative in the report', () => {
  it('puts each written part where the reader expects it, in chapter order', () => {
    const headings = outline(bodyOf(fixtureNarrative(SECTION_ID)))
    const expected = [
      'Executive summary',
      '  Key recommendations',
      '  Maturity by section',
      'Method',
      '  Scope and approach',
      '  Rating scale',
      '  Limitations',
      'Section 35 · Incident Response',
      '  The auditor’s view',
      'Findings and action plan',
      'Next steps',
      'Evidence appendix',
    ]
    const positions = expected.map((h) => headings.indexOf(h))
    expect(positions).not.toContain(-1)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    // The limitations close the Method chapter; the view follows the goal at once.
    expect(headings[headings.indexOf('  Limitations') + 1]).toBe('Section 35 · Incident Response')
    expect(headings[headings.indexOf('  The auditor’s view') - 1]).toMatch(/^ {2}The goal: /)
    expect(headings[headings.indexOf('Next steps') - 1]).not.toBe('Evidence appendix')
  })

  it('replaces the generated lead paragraph by the written summary and keeps the rest', () => {
    const written = under(bodyOf(fixtureNarrative(SECTION_ID)), 'Executive summary')
    const generated = under(bodyOf(), 'Executive summary')
    expect(written.slice(0, 3)).toEqual([
      {
        kind: 'paragraph',
        style: 'lead',
        spans: [
          { text: 'Incident response at Northwind is ' },
          { text: 'improving', bold: true },
          { text: ', though ' },
          { text: 'not yet dependable', italic: true },
          { text: '; see the ' },
          { text: 'SRE handbook', link: 'https://sre.example.com/handbook?team=payments&v=2' },
          { text: '.' },
        ],
      },
      { kind: 'bullets', items: expect.any(Array) },
      { kind: 'numbered', items: expect.any(Array) },
    ])
    expect(JSON.stringify(written)).not.toContain('We assessed Payments platform')
    // The maturity table, chart and top findings stay as they were.
    const after = (blocks: ReportBlock[]) =>
      blocks.slice(
        blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Maturity by section'),
      )
    expect(after(written)).toEqual(after(generated))
  })

  it('writes the generated draft the Report tab offers while no summary is written', () => {
    const input = fixtureInput()
    const lead = under(bodyOf(), 'Executive summary')[0]
    expect(lead).toEqual({
      kind: 'paragraph',
      style: 'lead',
      spans: [{ text: richTextToPlain(generatedExecutiveSummary(input)) }],
    })
    expect(richTextToPlain(generatedExecutiveSummary(input))).toMatch(
      /^We assessed Payments platform at Northwind Traders/,
    )
  })

  it('gives key recommendations as a numbered list under their heading', () => {
    const blocks = under(bodyOf(fixtureNarrative(SECTION_ID)), 'Key recommendations')
    expect(blocks).toEqual([
      {
        kind: 'numbered',
        items: [[{ text: 'Staff a weekend rota' }], [{ text: 'Publish runbooks' }]],
      },
    ])
  })

  it('leaves no heading behind for a part absent or blank', () => {
    const none = bodyOf()
    const blank = bodyOf({
      parts: {
        'executive-summary': BLANK,
        'scope-and-approach': BLANK,
        'key-recommendations': { blocks: [] },
        limitations: BLANK,
        'next-steps': BLANK,
      },
      sectionViews: { [SECTION_ID]: BLANK },
    })
    expect(blank).toEqual(none)
    for (const heading of [
      'Key recommendations',
      'Scope and approach',
      'Limitations',
      'Next steps',
      'The auditor’s view',
    ])
      expect(outline(none).map((h) => h.trim())).not.toContain(heading)
  })

  it('writes one part without the others', () => {
    const headings = outline(
      bodyOf({ parts: { limitations: WRITTEN_SUMMARY }, sectionViews: {} }),
    ).map((h) => h.trim())
    expect(headings).toContain('Limitations')
    for (const heading of ['Key recommendations', 'Scope and approach', 'Next steps'])
      expect(headings).not.toContain(heading)
  })

  it('shows a section’s view only in its own chapter, whatever the section is called', () => {
    const views: Record<string, RichText> = {
      'another-section': WRITTEN_SUMMARY,
    }
    expect(outline(bodyOf({ parts: {}, sectionViews: views })).map((h) => h.trim())).not.toContain(
      'The auditor’s view',
    )
    // A view map is a plain object: a name it inherits is not a written view.
    const input = fixtureInput({ narrative: { parts: {}, sectionViews: {} } })
    for (const id of ['constructor', 'toString', '__proto__'])
      expect(sectionView(input, id, ENGLISH)).toEqual([])
  })
})
