import type { Locator, Page } from '@playwright/test'

/** The interview screen, by role and label as a screen-reader user meets it. */
export class InterviewPage {
  readonly prompt: Locator
  readonly ratings: Locator
  readonly notes: Locator
  readonly interviewees: Locator
  readonly followUp: Locator
  readonly progress: Locator
  readonly outline: Locator
  readonly search: Locator
  readonly filter: Locator
  readonly evidenceRequest: Locator

  constructor(readonly page: Page) {
    const question = page.getByRole('main', { name: 'Question' })
    this.prompt = question.getByRole('heading', { level: 2 }).first()
    this.ratings = question.getByRole('group', { name: 'Rating' })
    this.notes = question.getByLabel('Notes', { exact: true })
    this.interviewees = question.getByLabel('Interviewees')
    this.followUp = question.getByRole('button', { name: /Flag for follow-up/ })
    this.progress = page.getByRole('progressbar', { name: 'Questions answered' })
    this.outline = page.getByRole('navigation', { name: 'Questions' })
    this.search = page.getByLabel('Search questions')
    this.filter = page.getByLabel('Show')
    this.evidenceRequest = question.getByLabel('Request evidence from the client')
  }

  /**
   * Puts a long text into the notes as a paste would: one input event. (Playwright's `fill`
   * takes about 30 s for 100,000 characters, whatever the app does.)
   */
  async pasteIntoNotes(text: string): Promise<void> {
    await this.notes.evaluate((element, value) => {
      const textarea = element as HTMLTextAreaElement
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set
      setValue?.call(textarea, value)
      textarea.dispatchEvent(new Event('input', { bubbles: true }))
    }, text)
  }

  rating(label: string): Locator {
    return this.ratings.getByRole('button', { name: label, exact: true })
  }

  outlineQuestions(): Locator {
    return this.outline
      .getByRole('link')
      .filter({ hasNot: this.page.getByText('Before you start') })
  }
}
