import type { Download, Locator, Page } from '@playwright/test'

/** The Library's workbook controls: import (with its mapping step), the template, exports. */
export class WorkbookPage {
  readonly importWorkbook: Locator
  readonly downloadTemplate: Locator
  readonly mapping: Locator
  readonly importWithColumns: Locator
  readonly notImported: Locator
  readonly toasts: Locator

  constructor(readonly page: Page) {
    const packs = page.getByRole('region', { name: 'Content packs' })
    this.importWorkbook = packs.getByRole('button', { name: 'Import workbook…' })
    this.downloadTemplate = packs.getByRole('button', { name: 'Download template' })
    this.mapping = page.getByRole('dialog', { name: 'Which column is which?' })
    this.importWithColumns = this.mapping.getByRole('button', { name: 'Import with these columns' })
    this.notImported = page.getByRole('dialog', { name: 'This workbook cannot be imported' })
    this.toasts = page.getByRole('status')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/library')
  }

  async choose(file: { name: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.importWorkbook.click()
    await (await chooser).setFiles({ ...file, mimeType: 'application/octet-stream' })
  }

  /** Says what the column with this letter holds, in the mapping step. */
  async mapColumn(letter: string, field: string): Promise<void> {
    await this.mapping.getByLabel(new RegExp(`^Column ${letter} `)).selectOption({ label: field })
  }

  /** Clicks a button that downloads a file, and returns the file's name and bytes. */
  async download(button: Locator): Promise<{ name: string; buffer: Buffer }> {
    const downloading = this.page.waitForEvent('download')
    await button.click()
    return bytesOf(await downloading)
  }
}

async function bytesOf(download: Download): Promise<{ name: string; buffer: Buffer }> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return { name: download.suggestedFilename(), buffer: Buffer.concat(chunks) }
}
