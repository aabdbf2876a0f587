import type { Locator, Page } from '@playwright/test'

export interface NewAudit {
  client: string
  system: string
  auditors?: string
  firm?: string
  startDate?: string
}

/** The new-audit and edit-audit form. */
export class AuditFormPage {
  readonly heading: Locator
  readonly client: Locator
  readonly system: Locator
  readonly auditors: Locator
  readonly firm: Locator
  readonly startDate: Locator
  readonly sections: Locator
  readonly contextNotes: Locator
  readonly create: Locator
  readonly save: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.client = page.getByLabel('Client organisation')
    this.system = page.getByLabel('System or team audited')
    this.auditors = page.getByLabel('Auditors')
    this.firm = page.getByLabel('Firm', { exact: true })
    this.startDate = page.getByLabel('Start date')
    this.sections = page.getByRole('group', { name: 'Sections in scope' })
    this.contextNotes = page.getByLabel('Context notes')
    this.create = page.getByRole('button', { name: 'Create audit' })
    this.save = page.getByRole('button', { name: 'Save changes' })
  }

  async openNew(): Promise<void> {
    await this.page.goto('/#/audits/new')
  }

  /** Fills the form and creates the audit, which opens its interview. */
  async createAudit(audit: NewAudit): Promise<void> {
    await this.openNew()
    await this.client.fill(audit.client)
    await this.system.fill(audit.system)
    if (audit.auditors !== undefined) await this.auditors.fill(audit.auditors)
    if (audit.firm !== undefined) await this.firm.fill(audit.firm)
    if (audit.startDate !== undefined) await this.startDate.fill(audit.startDate)
    await this.create.click()
    await this.page.waitForURL(/#\/audits\/[^/]+\/interview/)
  }
}
