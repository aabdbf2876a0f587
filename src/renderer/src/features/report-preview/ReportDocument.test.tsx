import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { sampleModel } from '@core/report/test-support/sample-model'
import { contentsOf, sheetsOf } from './contents'
import { ReportDocument } from './ReportDocument'

const render = (urls: Map<string, string>) =>
  renderToStaticMarkup(<ReportDocument model={sampleModel()} urls={urls} imageLoading="lazy" />)

describe('ReportDocument', () => {
  it('renders every kind of block of the model the Word report is made from', () => {
    const html = render(
      new Map([
        ['ev-1', 'blob:ev-1'],
        ['logo', 'blob:logo'],
      ]),
    )
    // Cover
    expect(html).toContain('<h1 class="report-doc__title">Engineering Practices Audit</h1>')
    expect(html).toContain('Northwind Traders')
    expect(html).toContain('src="blob:logo"')
    expect(html).toContain('Confidential')
    // Headings carry the ids the contents link to.
    expect(html).toContain(
      '<h2 id="report-heading-1" class="report-doc__heading report-doc__heading--1">Executive summary</h2>',
    )
    expect(html).toContain('<a href="#report-heading-2">Findings</a>')
    expect(html).toMatch(/<h4 class="report-doc__heading report-doc__heading--3">Evidence<\/h4>/)
    // Paragraph styles, bullets, emphasis
    expect(html).toContain('report-doc__p--lead')
    expect(html).toContain('report-doc__p--quote')
    expect(html).toContain('<li><strong>No weekend rota</strong></li>')
    // Numbered lists and links, under the same rule as Word's
    expect(html).toContain('<ol class="report-doc__numbered"><li>Staff a weekend rota</li>')
    expect(html).toContain(
      '<a href="https://example.com/on-call" target="_blank" rel="noreferrer"><em>on-call guide</em></a>',
    )
    // Table: header in the accent colour (CSS), tones as classes, caption
    expect(html).toContain('<th scope="col">Severity</th>')
    expect(html).toContain('<td class="report-doc__cell--bad">High</td>')
    expect(html).toContain('Table 1. Findings')
    expect(html).toContain('--report-accent:#1F5F8B')
    // Key values, mono
    expect(html).toContain('<dt>SHA-256</dt><dd><code>ab12</code></dd>')
    // Image: lazy, sized before it loads, with its alt text
    expect(html).toMatch(
      /<img[^>]*src="blob:ev-1"[^>]*alt="PagerDuty schedule"[^>]*width="1600"[^>]*height="900"[^>]*loading="lazy"/,
    )
    // Chart: the screen's SVG, with the same alt text as Word's
    expect(html).toContain(
      'alt="Section scores: 35 · Incident Response 62%, level 2 of 5 (Reachable)."',
    )
  })

  it('links only http, https and mailto addresses, and says an internal edition on the cover', () => {
    const model = sampleModel()
    model.cover.edition = 'internal'
    model.body.push({
      kind: 'paragraph',
      spans: [{ text: 'run me', link: 'javascript:alert(1)' }],
    })
    const html = renderToStaticMarkup(
      <ReportDocument model={model} urls={new Map()} imageLoading="lazy" />,
    )
    expect(html).toContain('run me')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('Internal edition — not for the client')
    expect(render(new Map())).not.toContain('Internal edition')
  })

  it('shows a placeholder of the right shape for an image whose URL is not made yet', () => {
    const html = render(new Map())
    expect(html).not.toContain('<img class="report-doc__image"')
    expect(html).toContain('report-doc__image--pending')
    expect(html).toContain('aspect-ratio:1600 / 900')
  })
})

describe('contents and sheets', () => {
  it('lists headings of levels 1 and 2, as Word’s contents field does', () => {
    const { entries } = contentsOf(sampleModel().body)
    expect(entries.map((e) => [e.level, e.text])).toEqual([
      [1, 'Executive summary'],
      [2, 'Findings'],
    ])
  })

  it('starts a new sheet where the printed report starts a new page', () => {
    const sheets = sheetsOf(sampleModel().body)
    expect(sheets.map((sheet) => sheet[0]?.kind)).toEqual(['tableOfContents', 'heading'])
    // The trailing page break makes no empty sheet.
    expect(sheets.flat().some((b) => b.kind === 'pageBreak')).toBe(false)
  })
})
