import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import type * as Languages from '@core/report/text/languages'
import { renderReportDocument } from '@core/report/docx/render-document'
import type { ReportModel } from '@core/report/model'
import { coverDetails, ENGLISH, type ReportLanguage } from '@core/report/text'
import { markedLanguage } from '@core/report/text/test-support/catalogue-leaves'
import { sampleModel } from '@core/report/test-support/sample-model'
import { printStylesheet } from './page-layout'
import { ReportCover } from './ReportCover'

// A second language, registered for this test only: English with every word marked "XX ".
vi.mock('@core/report/text/languages', async (importOriginal) => {
  const actual = await importOriginal<typeof Languages>()
  const { ENGLISH: english } = await import('@core/report/text/english')
  const { markedLanguage: marked } = await import('@core/report/text/test-support/catalogue-leaves')
  const xx = marked(english, 'XX ')
  return {
    ...actual,
    reportText: (language: string) =>
      language === 'xx' ? xx : actual.reportText(language as ReportLanguage),
  }
})

const XX = 'xx' as ReportLanguage

function modelIn(language: ReportLanguage): ReportModel {
  const model = sampleModel()
  return { ...model, language, cover: { ...model.cover, edition: 'internal' } }
}

/** The preview cover's labels, in order. */
function previewLabels(model: ReportModel): string[] {
  const html = renderToStaticMarkup(
    <ReportCover cover={model.cover} language={model.language} logoUrl="blob:logo" />,
  )
  return [...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]!)
}

/** The Word cover's labels (its only bold runs), in order, without the space before the value. */
function wordLabels(model: ReportModel): string[] {
  const cover = renderReportDocument(model).slots[0]!
  return [...cover.matchAll(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>([^<]*)<\/w:t>/g)].map(
    (m) => m[1]!.trimEnd(),
  )
}

describe('the report in its language, in the preview and in Word', () => {
  it('gives the Word cover and the preview cover the same labels', () => {
    for (const language of ['en', XX] as const) {
      const model = modelIn(language)
      expect(previewLabels(model)).toEqual(wordLabels(model))
    }
    expect(previewLabels(modelIn('en'))).toEqual([
      'Client:',
      'System audited:',
      'Prepared by:',
      'Date:',
    ])
  })

  it('writes the preview cover in the report’s language', () => {
    const model = modelIn(XX)
    const marked = markedLanguage(ENGLISH, 'XX ')
    expect(previewLabels(model)).toEqual(coverDetails(model.cover, marked).map((d) => d.label))
    const html = renderToStaticMarkup(
      <ReportCover cover={model.cover} language={XX} logoUrl="blob:logo" />,
    )
    expect(html).toContain('XX Internal edition — not for the client')
    expect(html).toContain('alt="XX Ruiz Consulting logo"')
  })

  it('numbers the printed pages in the report’s language', () => {
    expect(printStylesheet(modelIn('en'))).toContain('"Page " counter(page) " of " counter(pages)')
    expect(printStylesheet(modelIn(XX))).toContain('"XX Page " counter(page) " of " counter(pages)')
  })
})
