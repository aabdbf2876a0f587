import type { Locator, Page } from '@playwright/test'

/** The Report tab's writing pane, by role and label (the preview has its own page object). */
export class ReportTabPage {
  readonly writing: Locator
  readonly draftMarker: Locator
  readonly regenerateButton: Locator
  readonly regenerateDialog: Locator

  constructor(readonly page: Page) {
    this.writing = page.getByRole('region', { name: 'Your writing' })
    this.draftMarker = page.getByText('Draft — generated from the scores; edit it to make it yours')
    this.regenerateButton = page.getByRole('button', { name: 'Regenerate draft' })
    this.regenerateDialog = page.getByRole('dialog', { name: 'Regenerate the executive summary' })
  }

  /** Opens it through the audit's tabs. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Audit views' })
      .getByRole('link', { name: 'Report' })
      .click()
    await this.writing.waitFor()
  }

  /** The editable text of a part, by its label ("Executive summary", "The auditor's view: …"). */
  editor(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true })
  }

  tool(
    label: string,
    name: 'Bold' | 'Italic' | 'Bulleted list' | 'Numbered list' | 'Link',
  ): Locator {
    return this.page
      .getByRole('toolbar', { name: `Formatting: ${label}` })
      .getByRole('button', { name, exact: true })
  }

  linkDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Add|Edit) link$/ })
  }

  /** Adds a link through the dialog, from the toolbar or Ctrl+K. */
  async submitLink(address: string): Promise<void> {
    const dialog = this.linkDialog()
    await dialog.getByRole('textbox', { name: 'Address' }).fill(address)
    await dialog.getByRole('button', { name: /^(Add|Save) link$/ }).click()
  }
}
