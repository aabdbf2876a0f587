import { readFile } from 'node:fs/promises'
import { expect, type Locator, type Page } from '@playwright/test'

export type EditionLabel = 'Client edition' | 'Internal edition'

/** The Export report dialog, opened from the audit's header. */
export class ExportReportDialog {
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export report' })
  }

  edition(label: EditionLabel): Locator {
    return this.dialog.getByRole('radio', { name: label })
  }

  /** Exports the Word report of the chosen edition and returns the downloaded file's bytes. */
  async exportWord(edition: EditionLabel): Promise<Uint8Array> {
    await this.page.getByRole('button', { name: 'Export report' }).click()
    await this.edition(edition).check()
    const download = this.page.waitForEvent('download')
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click()
    const file = await (await download).path()
    await expect(this.dialog.getByText(/The report was downloaded as/)).toBeVisible()
    await this.dialog.getByRole('button', { name: 'Done' }).click()
    await expect(this.dialog).toBeHidden()
    return new Uint8Array(await readFile(file))
  }
}
