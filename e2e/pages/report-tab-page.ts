import type { Locator, Page } from '@playwright/test'

/** An audit's Report tab: the writing pane beside the preview, and Export PDF. */
export class ReportTabPage {
  readonly writing: Locator
  readonly draftMarker: Locator
  readonly regenerateButton: Locator
  readonly regenerateDialog: Locator
  readonly preview: Locator
  readonly document: Locator
  readonly exportPdf: Locator

  constructor(readonly page: Page) {
    this.writing = page.getByRole('region', { name: 'Your writing' })
    this.draftMarker = page.getByText('Draft — generated from the scores; edit it to make it yours')
    this.regenerateButton = page.getByRole('button', { name: 'Regenerate draft' })
    this.regenerateDialog = page.getByRole('dialog', { name: 'Regenerate the executive summary' })
    this.preview = page.getByRole('region', { name: 'Preview' })
    this.document = this.preview.getByRole('article')
    this.exportPdf = page.getByRole('button', { name: 'Export PDF' })
  }

  /** Opens it through the audit's tabs. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Audit views' })
      .getByRole('link', { name: 'Report' })
      .click()
    await this.writing.waitFor()
  }

  /** Opens it by its address. */
  async goto(auditId: string): Promise<void> {
    await this.page.goto(`/#/audits/${auditId}/report`)
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

  contentsLink(name: string): Locator {
    return this.document
      .getByRole('navigation', { name: 'Contents of the report' })
      .getByRole('link', { name })
  }
}

/** The audit's id, from the address of any of its screens. */
export function auditIdOf(page: Page): string {
  const id = /#\/audits\/([^/]+)\//.exec(page.url())?.[1]
  if (!id) throw new Error(`Not on an audit's screen: ${page.url()}`)
  return id
}
