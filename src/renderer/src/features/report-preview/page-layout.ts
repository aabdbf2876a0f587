import type { ReportModel, ReportPage } from '@core/report/model'
import { pageNumberParts, reportText, type ReportLanguage } from '@core/report/text'

/** Twentieths of a point per inch: Word's unit, in which the model's page is given. */
const TWIPS_PER_INCH = 1440

/** A length of the model's page as CSS, in inches (exact for A4 and Letter alike). */
export function twipsToCss(twips: number): string {
  return `${+(twips / TWIPS_PER_INCH).toFixed(4)}in`
}

/** The page's size in inches, as Electron's `printToPDF` and Playwright's `page.pdf` take it. */
export function pageSizeInches(page: Pick<ReportPage, 'width' | 'height'>): {
  width: number
  height: number
} {
  return { width: page.width / TWIPS_PER_INCH, height: page.height / TWIPS_PER_INCH }
}

/** A string as a CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f]+/g, ' ')}"`
}

/**
 * The print stylesheet of a report: its paper and margins, and the running header (the header
 * text and the marking) and footer (the title and "Page N of M") in the page's margin boxes, as
 * Word's header and footer. The cover page has neither, as in Word. Chromium draws margin boxes
 * since version 131 (Electron 34); older engines print the document without them.
 */
export function printStylesheet(
  model: Pick<ReportModel, 'page' | 'headerText' | 'cover' | 'language'>,
): string {
  const { page } = model
  const { margin } = page
  const box = (content: string, align: 'left' | 'right') =>
    `content: ${content}; font: 8.5pt/1.2 var(--report-font); color: #5f6b7a; text-align: ${align};`
  return `
@page {
  size: ${twipsToCss(page.width)} ${twipsToCss(page.height)};
  margin: ${twipsToCss(margin.top)} ${twipsToCss(margin.right)} ${twipsToCss(margin.bottom)} ${twipsToCss(margin.left)};
  @top-left { ${box(cssString(model.headerText), 'left')} vertical-align: top; padding-top: ${twipsToCss(margin.header)}; }
  @top-right { ${box(cssString(model.cover.marking), 'right')} vertical-align: top; padding-top: ${twipsToCss(margin.header)}; }
  @bottom-left { ${box(cssString(model.cover.title), 'left')} vertical-align: bottom; padding-bottom: ${twipsToCss(margin.footer)}; }
  @bottom-right { ${box(pageNumberContent(model.language), 'right')} vertical-align: bottom; padding-bottom: ${twipsToCss(margin.footer)}; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}`
}

/** "Page N of M" in the report's language, as the CSS `content` of a margin box. */
export function pageNumberContent(language: ReportLanguage): string {
  return pageNumberParts(reportText(language))
    .map((part) => (typeof part === 'string' ? cssString(part) : `counter(${part.field})`))
    .join(' ')
}

/** The sheet's size and margins on screen, as CSS custom properties the stylesheet reads. */
export function sheetVariables(page: ReportPage): Record<string, string> {
  return {
    '--sheet-width': twipsToCss(page.width),
    '--sheet-height': twipsToCss(page.height),
    '--sheet-margin-top': twipsToCss(page.margin.top),
    '--sheet-margin-right': twipsToCss(page.margin.right),
    '--sheet-margin-bottom': twipsToCss(page.margin.bottom),
    '--sheet-margin-left': twipsToCss(page.margin.left),
    '--sheet-header': twipsToCss(page.margin.header),
  }
}
