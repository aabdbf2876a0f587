import type { Locator, Page } from '@playwright/test'

/** The results screen of an audit, by role and label. */
export class ResultsPage {
  readonly heading: Locator
  readonly comparisonChart: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Results' })
    this.comparisonChart = page.getByRole('region', { name: 'Section scores' }).getByRole('img')
  }

  /** Opens it through the audit's tabs. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Audit views' })
      .getByRole('link', { name: 'Results' })
      .click()
    await this.heading.waitFor()
  }

  section(title: string): SectionResultPart {
    return new SectionResultPart(this.page.getByRole('region', { name: title, exact: true }))
  }
}

export class SectionResultPart {
  readonly level: Locator
  readonly score: Locator
  readonly coverage: Locator
  readonly reachedStep: Locator
  readonly steps: Locator
  readonly outcomeChart: Locator
  readonly blockers: Locator

  constructor(readonly root: Locator) {
    this.level = root.getByTestId('section-level')
    this.score = root.getByTestId('section-score')
    this.coverage = root.getByTestId('section-coverage')
    const ladder = root.getByRole('list', { name: /^Maturity ladder of/ })
    this.steps = ladder.getByRole('listitem')
    this.reachedStep = ladder.locator('[aria-current="step"]')
    this.outcomeChart = root.getByRole('img', { name: /^Outcome scores/ })
    this.blockers = root
      .getByRole('region', { name: 'What blocks the next level' })
      .getByRole('listitem')
  }
}
