import type { Locator, Page } from '@playwright/test'
import { InterviewPage } from './interview-page'

/** "Preview as interview": the interview screen walking a section draft, read-only. */
export class DraftPreviewPage {
  /** The question, the outline and the keyboard are the interview's own. */
  readonly interview: InterviewPage
  readonly title: Locator
  readonly banner: Locator
  readonly backToEditor: Locator
  readonly evidences: Locator
  readonly eyebrow: Locator

  constructor(readonly page: Page) {
    this.interview = new InterviewPage(page)
    const question = page.getByRole('main', { name: 'Question' })
    this.title = page.getByRole('heading', { level: 1 })
    this.banner = page.getByRole('note').filter({ hasText: 'Preview — answers are not recorded' })
    this.backToEditor = page.getByRole('link', { name: 'Back to the editor' })
    this.evidences = question.getByText(/^Evidences:/)
    this.eyebrow = question.getByText(/· Question \d+ of \d+$/)
  }

  async open(draftId: string, questionId?: string): Promise<void> {
    const at = questionId === undefined ? '' : `/${questionId}`
    await this.page.goto(`/#/library/drafts/${draftId}/preview${at}`)
  }
}
