import type { Download, Locator, Page } from '@playwright/test'

/** The findings screen and its edit dialog. */
export class FindingsPage {
  readonly heading: Locator
  readonly cards: Locator
  readonly exportButton: Locator
  readonly lesson: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Findings' })
    this.cards = page.getByRole('article')
    this.exportButton = page.getByRole('button', { name: 'Export action plan (CSV)' })
    this.lesson = page.getByRole('note').filter({ hasText: 'Action items without an owner' })
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Audit views' })
      .getByRole('link', { name: 'Findings' })
      .click()
    await this.heading.waitFor()
  }

  /** A finding's card, found by its id ("F35-06"). */
  card(id: string): FindingCardPart {
    return new FindingCardPart(this.cards.filter({ hasText: id }))
  }

  async edit(id: string): Promise<EditFindingDialog> {
    await this.card(id)
      .root.getByRole('button', { name: `Edit finding ${id}` })
      .click()
    const dialog = new EditFindingDialog(
      this.page.getByRole('dialog', { name: `Edit finding ${id}` }),
    )
    await dialog.root.waitFor()
    return dialog
  }

  /** Exports the action plan and returns the download. */
  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.exportButton.click()
    return download
  }
}

export class FindingCardPart {
  readonly title: Locator
  readonly warning: Locator
  readonly severity: Locator

  constructor(readonly root: Locator) {
    this.title = root.getByRole('heading', { level: 2 })
    this.warning = root.getByRole('note')
    this.severity = root.locator('.severity')
  }

  /** The value shown under a tracking label: "Owner", "Due date" or "Status". */
  field(label: 'Owner' | 'Due date' | 'Status'): Locator {
    return this.root
      .locator('.finding__tracking div')
      .filter({ has: this.root.page().getByText(label, { exact: true }) })
      .locator('dd')
  }
}

export class EditFindingDialog {
  readonly title: Locator
  readonly severity: Locator
  readonly owner: Locator
  readonly dueDate: Locator
  readonly status: Locator
  readonly save: Locator

  constructor(readonly root: Locator) {
    this.title = root.getByLabel('Title')
    this.severity = root.getByLabel('Severity')
    this.owner = root.getByLabel('Owner')
    this.dueDate = root.getByLabel('Due date')
    this.status = root.getByLabel('Status')
    this.save = root.getByRole('button', { name: 'Save finding' })
  }
}
