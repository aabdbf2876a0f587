import type { Locator, Page } from '@playwright/test'

/** An audit's Report tab: the writing beside the preview, and Export PDF. */
export class ReportTabPage {
  readonly preview: Locator
  readonly document: Locator
  readonly exportPdf: Locator

  constructor(readonly page: Page) {
    this.preview = page.getByRole('region', { name: 'Preview' })
    this.document = this.preview.getByRole('article')
    this.exportPdf = page.getByRole('button', { name: 'Export PDF' })
  }

  async open(auditId: string): Promise<void> {
    await this.page.goto(`/#/audits/${auditId}/report`)
  }

  contentsLink(name: string): Locator {
    return this.document
      .getByRole('navigation', { name: 'Contents of the report' })
      .getByRole('link', { name })
  }
}

/** The audit's id, from the address of any of its screens. */
export function auditIdOf(page: Page): string {
  const id = /#\/audits\/([^/]+)\//.exec(page.url())?.[1]
  if (!id) throw new Error(`Not on an audit's screen: ${page.url()}`)
  return id
}
