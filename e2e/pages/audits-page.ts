import type { Locator, Page } from '@playwright/test'

/** The audits screen: the list, its search, sort and archive toggle, and its dialogs. */
export class AuditsPage {
  readonly heading: Locator
  readonly newAudit: Locator
  readonly emptyState: Locator
  readonly search: Locator
  readonly sort: Locator
  readonly showArchived: Locator
  readonly count: Locator
  readonly list: Locator
  readonly rows: Locator
  readonly clientNames: Locator
  readonly deleteDialog: Locator
  readonly duplicateDialog: Locator
  readonly undo: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Audits', level: 1 })
    this.newAudit = page.getByRole('link', { name: 'New audit' }).first()
    this.emptyState = page.getByRole('region', { name: 'No audits yet' })
    this.search = page.getByLabel('Search audits')
    this.sort = page.getByLabel('Sort by')
    this.showArchived = page.getByLabel('Show archived')
    this.count = page.getByRole('main').getByRole('status')
    this.list = page.getByRole('list', { name: 'Audits' })
    this.rows = this.list.getByRole('listitem')
    this.clientNames = this.rows.getByRole('heading', { level: 2 })
    this.deleteDialog = page.getByRole('dialog', { name: /^Delete / })
    this.duplicateDialog = page.getByRole('dialog', { name: /^Re-assess / })
    this.undo = page.getByRole('button', { name: 'Undo' })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/audits')
  }

  /** The row of the audit of `client`; rows are named by their client. */
  row(client: string): Locator {
    return this.list.getByRole('listitem', { name: client, exact: true })
  }

  action(verb: 'Open' | 'Edit' | 'Duplicate' | 'Archive' | 'Restore' | 'Delete', client: string) {
    const role = verb === 'Open' || verb === 'Edit' ? 'link' : 'button'
    return this.page.getByRole(role, { name: `${verb} ${client}`, exact: true })
  }

  progress(row: Locator): Locator {
    return row.getByRole('progressbar')
  }

  async deleteAudit(client: string): Promise<void> {
    await this.action('Delete', client).click()
    await this.deleteDialog.getByRole('button', { name: 'Delete audit' }).click()
  }
}
