import type { Locator, Page } from '@playwright/test'

export class LibraryPage {
  readonly sections: Locator
  readonly sectionTitle: Locator
  readonly ladder: Locator

  constructor(private readonly page: Page) {
    this.sections = page.getByRole('complementary', { name: 'Library' }).getByRole('link')
    this.sectionTitle = page.getByRole('main').getByRole('heading', { level: 2 })
    this.ladder = page.getByRole('list', { name: 'Maturity levels, lowest first' })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/library')
  }

  check(title: string): Locator {
    return this.page.getByRole('region', { name: title })
  }
}
