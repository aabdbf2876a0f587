import type { Locator, Page } from '@playwright/test'

/** The check for secrets shown before a client export, inside the export's dialog. */
export class SecretScanPanel {
  readonly list: Locator
  readonly hits: Locator
  readonly continueExport: Locator

  constructor(dialog: Locator) {
    this.list = dialog.getByRole('list', { name: 'What was found' })
    this.hits = this.list.getByRole('listitem')
    this.continueExport = dialog.getByRole('button', { name: 'Continue export' })
  }

  /** The hit found in the text whose place or name includes `where`. */
  hit(where: string | RegExp): Locator {
    return this.hits.filter({ hasText: where })
  }

  async act(where: string | RegExp, action: 'Redact' | 'Mark internal' | 'Keep'): Promise<void> {
    await this.hit(where).getByRole('button', { name: action, exact: true }).click()
  }

  static in(page: Page, dialogName: string): SecretScanPanel {
    return new SecretScanPanel(page.getByRole('dialog', { name: dialogName }))
  }
}
