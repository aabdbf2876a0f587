import type { Locator, Page } from '@playwright/test'

/** "Update to version N" on an audit's edit screen: the offer and its dialog. */
export class AuditUpgradePage {
  readonly offers: Locator

  constructor(readonly page: Page) {
    this.offers = page.getByRole('region', { name: 'Newer content' })
  }

  async open(auditId: string): Promise<void> {
    await this.page.goto(`/#/audits/${auditId}/edit`)
  }

  updateTo(version: number): Locator {
    return this.offers.getByRole('button', { name: `Update to version ${version}` })
  }

  dialog(version: number, packTitle: string): Locator {
    return this.page.getByRole('dialog', {
      name: `Update to version ${version} of “${packTitle}”?`,
    })
  }
}
