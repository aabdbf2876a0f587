import type { Download, Locator, Page } from '@playwright/test'

/** Archive export and import on the audits screen, and their dialogs. */
export class ArchivePage {
  readonly exportEverything: Locator
  readonly importArchive: Locator
  readonly checking: Locator
  readonly confirmDialog: Locator
  readonly refusedDialog: Locator
  readonly previewAudits: Locator

  constructor(readonly page: Page) {
    this.exportEverything = page.getByRole('button', { name: 'Export everything' })
    this.importArchive = page.getByRole('button', { name: 'Import archive…' })
    this.checking = page.getByRole('dialog', { name: 'Checking archive' })
    this.confirmDialog = page.getByRole('dialog', { name: 'Import archive?' })
    this.refusedDialog = page.getByRole('dialog', { name: 'This archive cannot be imported' })
    this.previewAudits = this.confirmDialog.getByRole('list', { name: 'Audits in the archive' })
  }

  exportAudit(client: string): Locator {
    return this.page.getByRole('button', { name: `Export archive of ${client}`, exact: true })
  }

  /** Clicks an export button and returns the file the browser downloads. */
  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await button.click()
    return download
  }

  /** Chooses a file for "Import archive…", by path or as bytes. */
  async choose(file: string | { name: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.importArchive.click()
    await (
      await chooser
    ).setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/zip' })
  }

  async confirm(): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: /^Import \d+ audits?$/ }).click()
  }
}
