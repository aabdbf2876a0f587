import type { Locator, Page } from '@playwright/test'

/** Search everything: the app bar's button, the dialog, its box and its results. */
export class SearchDialog {
  readonly button: Locator
  readonly dialog: Locator
  readonly box: Locator
  readonly results: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.button = page.getByRole('banner').getByRole('button', { name: /^Search/ })
    this.dialog = page.getByRole('dialog', { name: 'Search everything' })
    this.box = this.dialog.getByRole('combobox', { name: /Search all audits/ })
    this.results = this.dialog.getByRole('listbox', { name: 'Results' })
    this.status = this.dialog.getByRole('status')
  }

  /** The results of one audit, by its heading ("Client — System"). */
  group(heading: string): Locator {
    return this.results.getByRole('group', { name: heading, exact: true })
  }

  /** Ctrl+K from wherever the focus is. */
  async openByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+k')
    await this.box.waitFor()
  }

  async search(text: string): Promise<void> {
    await this.box.fill(text)
  }
}
