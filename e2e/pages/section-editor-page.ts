import { expect, type Locator, type Page } from '@playwright/test'

export interface NewOutcome {
  name: string
  description: string
}

export interface NewQuestion {
  prompt: string
  guidance: string
  /** The name of the outcome on the ladder it evidences. */
  outcome: string
  weight?: number
}

export interface NewCheck {
  title: string
  intro: string
  questions: NewQuestion[]
}

export interface NewSection {
  number: number
  category: string
  title: string
  summary: string
  goalHeadline: string
  goalText: string
  outcomes: NewOutcome[]
  checks: NewCheck[]
}

/** The section editor (`/library/drafts/:id`), by role and label as a keyboard user meets it. */
export class SectionEditorPage {
  readonly heading: Locator
  readonly sectionFields: Locator
  readonly problems: Locator
  readonly noProblems: Locator
  readonly saveStatus: Locator
  readonly undoButton: Locator
  readonly redoButton: Locator
  readonly publishButton: Locator
  readonly discardButton: Locator
  readonly previewLink: Locator
  readonly dialog: Locator
  readonly dialogTitle: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.sectionFields = page.getByRole('region', { name: 'The section' })
    this.problems = page.getByRole('region', { name: /to fix before publishing$/ })
    this.noProblems = page.getByText('No problems: this section can be published.')
    this.saveStatus = page.getByRole('status').filter({ hasText: /saved|Saving|Not saved/i })
    this.undoButton = page.getByRole('button', { name: 'Undo', exact: true })
    this.redoButton = page.getByRole('button', { name: 'Redo', exact: true })
    this.publishButton = page.getByRole('button', { name: 'Publish…' })
    this.discardButton = page.getByRole('button', { name: 'Discard draft' })
    this.previewLink = page.getByRole('link', { name: 'Preview as interview' })
    this.dialog = page.getByRole('dialog')
    this.dialogTitle = this.dialog.getByRole('heading', { level: 2 })
  }

  /** One of the section's own fields: "Title", "Summary", "Goal headline", "Section number"… */
  field(label: string): Locator {
    return this.sectionFields.getByLabel(label, { exact: true })
  }

  /** Level `n` of the ladder (1 is the first outcome; level 0, Ad-hoc, is implicit). */
  level(n: number): Locator {
    return this.page.getByRole('group', { name: `Level ${n}`, exact: true })
  }

  /** Check `n`, counted from 1 as the form shows it. */
  check(n: number): Locator {
    return this.page.getByRole('group', { name: `Check ${n}`, exact: true })
  }

  /** Question `q` of check `c`, both counted from 1. */
  question(c: number, q: number): Locator {
    return this.check(c).getByRole('group', { name: `Question ${q}`, exact: true })
  }

  /** From the Library: "New section", which opens a blank draft in the editor. */
  async startNewSection(): Promise<void> {
    await this.page.goto('/#/library')
    await this.page.getByRole('button', { name: 'New section' }).click()
    await expect(this.heading).toHaveText('Untitled section')
  }

  /** From the Library: "Duplicate as a custom section" on the section titled `title`. */
  async duplicate(title: string): Promise<void> {
    await this.page.goto('/#/library')
    await this.page
      .getByRole('complementary', { name: 'Library' })
      .getByRole('link', { name: title })
      .click()
    await this.page.getByRole('button', { name: 'Duplicate as a custom section' }).click()
    await expect(this.heading).toHaveText(title)
  }

  async fillSectionFields(section: NewSection): Promise<void> {
    await this.field('Section number').fill(String(section.number))
    await this.field('Title').fill(section.title)
    await this.field('Category').fill(section.category)
    await this.field('Summary').fill(section.summary)
    await this.field('Goal headline').fill(section.goalHeadline)
    await this.field('Goal').fill(section.goalText)
  }

  async addOutcome(outcome: NewOutcome): Promise<void> {
    const count = await this.page.getByRole('group', { name: /^Level \d+$/ }).count()
    await this.page.getByLabel('Name of the next level').fill(outcome.name)
    await this.page.getByRole('button', { name: 'Add outcome' }).click()
    const level = this.level(count + 1)
    await expect(level.getByLabel('Name', { exact: true })).toHaveValue(outcome.name)
    await level.getByLabel('What it means').fill(outcome.description)
  }

  async addCheck(check: Pick<NewCheck, 'title' | 'intro'>): Promise<number> {
    const n = (await this.page.getByRole('group', { name: /^Check \d+$/ }).count()) + 1
    await this.page.getByLabel('Title of a new check').fill(check.title)
    await this.page.getByRole('button', { name: 'Add check' }).click()
    await expect(this.check(n).getByLabel('Check title')).toHaveValue(check.title)
    await this.check(n).getByLabel('Check introduction').fill(check.intro)
    return n
  }

  /** Adds a question to check `c` with only its prompt: it has problems until the rest is set. */
  async addQuestionPrompt(c: number, prompt: string): Promise<number> {
    const check = this.check(c)
    const q = (await check.getByRole('group', { name: /^Question \d+$/ }).count()) + 1
    await check.getByLabel(/^Prompt of a new question/).fill(prompt)
    await check.getByRole('button', { name: 'Add question' }).click()
    await expect(this.question(c, q).getByLabel('Prompt')).toHaveValue(prompt)
    return q
  }

  /** Chooses the outcome a question evidences, by its name on the ladder. */
  async chooseOutcome(question: Locator, outcome: string): Promise<void> {
    const select = question.getByLabel('Evidences outcome')
    const label = await select
      .getByRole('option')
      .filter({ hasText: new RegExp(`^Level \\d+: ${escapeRegExp(outcome)}$`) })
      .textContent()
    await select.selectOption({ label: label ?? outcome })
  }

  async addQuestion(c: number, question: NewQuestion): Promise<void> {
    const q = await this.addQuestionPrompt(c, question.prompt)
    const added = this.question(c, q)
    await added.getByLabel('Guidance').fill(question.guidance)
    await this.chooseOutcome(added, question.outcome)
    if (question.weight !== undefined)
      await added.getByLabel('Weight').fill(String(question.weight))
  }

  /** New section → every field, the ladder, the checks and their questions, through the form. */
  async createSectionFromScratch(section: NewSection): Promise<void> {
    await this.startNewSection()
    await this.fillSectionFields(section)
    for (const outcome of section.outcomes) await this.addOutcome(outcome)
    for (const check of section.checks) {
      const c = await this.addCheck(check)
      for (const question of check.questions) await this.addQuestion(c, question)
    }
    await expect(this.noProblems).toBeVisible()
    await expect(this.saveStatus).toHaveText('All changes saved')
  }

  /**
   * Publish → confirm; lands on the section in the Library. Returns the version it became
   * ("version 1") and the change summary, as the dialog showed them.
   */
  async publish(): Promise<{ version: string; summary: string[] }> {
    await this.publishButton.click()
    await expect(this.dialogTitle).toHaveText(/^Publish as version \S+\?$/)
    const title = (await this.dialogTitle.textContent()) ?? ''
    const version = /Publish as (version \S+)\?/.exec(title)?.[1] ?? title
    const summary = await this.dialog
      .getByRole('list', { name: 'What changes' })
      .getByRole('listitem')
      .allTextContents()
    await this.dialog.getByRole('button', { name: `Publish ${version}` }).click()
    await expect(this.page.getByText(`Published ${version}`)).toBeVisible()
    await this.page.waitForURL(/#\/library\/(?!drafts)/)
    return { version, summary }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
