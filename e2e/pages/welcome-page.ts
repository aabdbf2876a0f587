import type { Locator, Page } from '@playwright/test'

/** The first-run welcome: the auditor's name and firm, then where to go next. */
export class WelcomePage {
  readonly heading: Locator
  readonly name: Locator
  readonly firm: Locator
  readonly continueButton: Locator
  readonly startFirstAudit: Locator
  readonly goToAudits: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.name = page.getByLabel('Your name')
    this.firm = page.getByLabel('Firm')
    this.continueButton = page.getByRole('button', { name: 'Continue' })
    this.startFirstAudit = page.getByRole('link', { name: 'Start your first audit' })
    this.goToAudits = page.getByRole('link', { name: 'Go to audits' })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/welcome')
  }

  /** First run in one go: opens the app, gives a name and firm, and lands on the audits. */
  async completeAs(name = 'Ana Ruiz', firm = 'Ruiz Consulting'): Promise<void> {
    await this.open()
    await this.name.fill(name)
    await this.firm.fill(firm)
    await this.continueButton.click()
    await this.goToAudits.click()
  }
}
