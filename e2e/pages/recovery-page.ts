import type { Locator, Page } from '@playwright/test'

/** The screen shown when the database cannot be opened. */
export class RecoveryPage {
  readonly heading: Locator
  readonly reason: Locator
  readonly restore: Locator
  readonly result: Locator
  readonly refusal: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    const main = page.getByRole('main')
    this.reason = main.getByRole('alert').first()
    const region = page.getByRole('region', { name: 'Restore from an archive' })
    this.restore = region.getByRole('button', { name: 'Restore from an archive…' })
    this.result = region.getByRole('status')
    this.refusal = region.getByRole('alert')
  }

  async choose(file: { name: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.restore.click()
    await (await chooser).setFiles({ ...file, mimeType: 'application/zip' })
  }
}
