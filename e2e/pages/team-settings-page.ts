import type { Locator, Page } from '@playwright/test'

/** Settings → Team: signing in to the firm's team workspace (issue 18). */
export class TeamSettingsPage {
  readonly heading: Locator
  readonly server: Locator
  readonly username: Locator
  readonly password: Locator
  readonly connect: Locator
  readonly alert: Locator
  readonly appBarStatus: Locator

  constructor(readonly page: Page) {
    const card = page.getByRole('region', { name: 'Team' })
    this.heading = page.getByRole('heading', { name: 'Team', level: 2 })
    this.server = card.getByLabel('Server address')
    this.username = card.getByLabel('User name')
    this.password = card.getByLabel('Password')
    this.connect = card.getByRole('button', { name: 'Connect' })
    this.alert = card.getByRole('alert')
    this.appBarStatus = page.getByRole('status', { name: /^Team workspace:/ })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/settings/team')
  }

  async signIn(server: string, username = 'ana', password = 'secret'): Promise<void> {
    await this.server.fill(server)
    await this.username.fill(username)
    await this.password.fill(password)
    await this.connect.click()
  }
}
