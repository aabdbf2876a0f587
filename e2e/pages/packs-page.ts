import type { Locator, Page } from '@playwright/test'

/** The content packs part of the Library: import, the installed list, removal. */
export class PacksPage {
  readonly importPack: Locator
  readonly packs: Locator
  readonly problem: Locator
  readonly inUse: Locator

  constructor(readonly page: Page) {
    const region = page.getByRole('region', { name: 'Content packs' })
    this.importPack = region.getByRole('button', { name: 'Import content pack…' })
    this.packs = region.getByRole('list', { name: 'Content packs' }).getByRole('listitem')
    this.problem = page.getByRole('dialog', { name: 'This content pack cannot be installed' })
    this.inUse = page.getByRole('dialog', { name: 'This content pack is in use' })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/library')
  }

  pack(name: string): Locator {
    return this.packs.filter({ has: this.page.getByText(name, { exact: true }) })
  }

  async choose(file: { name: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.importPack.click()
    await (await chooser).setFiles({ ...file, mimeType: 'application/json' })
  }
}
