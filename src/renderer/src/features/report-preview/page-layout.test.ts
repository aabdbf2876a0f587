import { describe, expect, it } from 'vitest'
import { A4_PAGE } from '@core/report/model'
import { cssString, pageSizeInches, printStylesheet, twipsToCss } from './page-layout'

const LETTER = { ...A4_PAGE, width: 12240, height: 15840 }

describe('the report page in CSS', () => {
  it('lays A4 and Letter out at their real size', () => {
    expect(twipsToCss(A4_PAGE.width)).toBe('8.2681in') // 210 mm
    expect(twipsToCss(A4_PAGE.height)).toBe('11.6931in') // 297 mm
    expect(pageSizeInches(LETTER)).toEqual({ width: 8.5, height: 11 })
  })

  it('prints the page size, margins, running header and "Page N of M" footer, none on the cover', () => {
    const css = printStylesheet({
      language: 'en',
      page: LETTER,
      headerText: 'Northwind Traders · Payments platform',
      cover: { title: 'Engineering Practices Audit', marking: 'Confidential' } as never,
    })
    expect(css).toContain('size: 8.5in 11in;')
    expect(css).toContain('margin: 0.8681in 0.8681in 0.8681in 0.8681in;')
    expect(css).toContain('"Northwind Traders · Payments platform"')
    expect(css).toContain('"Confidential"')
    expect(css).toContain('"Page " counter(page) " of " counter(pages)')
    expect(css).toMatch(/@page :first \{[^}]*@top-left \{ content: none; \}/)
  })

  it('keeps text the consultant typed inside its CSS string', () => {
    const hostile = 'Acme"; } body { display: none } @page { x: "\\'
    const css = printStylesheet({
      language: 'en',
      page: A4_PAGE,
      headerText: hostile,
      cover: { title: 'Line one\nline two', marking: '' } as never,
    })
    expect(cssString(hostile)).toBe('"Acme\\"; } body { display: none } @page { x: \\"\\\\"')
    expect(css).toContain(cssString(hostile))
    expect(css).toContain('"Line one line two"')
    // Every quote the text brought is escaped: the string ends where the stylesheet ends it.
    // Three strings and the footer's two: every other quote is escaped.
    expect(css.replace(/\\./g, '').match(/"/g)?.length).toBe(2 * 3 + 4)
  })
})
