import type { Locator, Page } from '@playwright/test'

/** Settings → Report template: import the firm's Word template, what it provides, Remove. */
export class WordTemplatePage {
  readonly region: Locator
  readonly importTemplate: Locator
  readonly remove: Locator
  readonly provided: Locator
  readonly fallback: Locator
  readonly problem: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Report template' })
    this.importTemplate = this.region.getByRole('button', { name: /(Import|Replace) template…/ })
    this.remove = this.region.getByRole('button', { name: 'Remove template' })
    this.provided = this.region.getByRole('list', { name: /From the template/ })
    this.fallback = this.region.getByRole('list', { name: /Audit Workbook’s own/ })
    this.problem = this.region.getByRole('alert')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/settings')
  }

  async choose(file: { name: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.importTemplate.click()
    await (
      await chooser
    ).setFiles({
      ...file,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
    })
  }
}
