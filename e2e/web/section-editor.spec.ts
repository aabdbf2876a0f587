import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { AuditFormPage } from '../pages/audit-form-page'
import { LibraryPage } from '../pages/library-page'
import { CHANGE_MANAGEMENT } from '../fixtures/change-management'
import { SectionEditorPage } from '../pages/section-editor-page'
import { WelcomePage } from '../pages/welcome-page'

test('a consultant writes a section from scratch, sees a problem inline, publishes it and can audit with it', async ({
  page,
}) => {
  // A consultant who has set the app up, so the New audit form opens at the end.
  await new WelcomePage(page).completeAs()
  const editor = new SectionEditorPage(page)
  await editor.startNewSection()
  await editor.fillSectionFields(CHANGE_MANAGEMENT)
  for (const outcome of CHANGE_MANAGEMENT.outcomes) await editor.addOutcome(outcome)
  const [first, second] = CHANGE_MANAGEMENT.checks

  // A question added with only its prompt says, next to its outcome, what is missing.
  const c1 = await editor.addCheck(first!)
  const q1 = await editor.addQuestionPrompt(c1, first!.questions[0]!.prompt)
  const outcome = editor.question(c1, q1).getByLabel('Evidences outcome')
  await expect(outcome).toHaveAttribute('aria-invalid', 'true')
  await expect(outcome).toHaveAccessibleDescription(
    "Question 1 of check 'Review and testing' does not say which outcome it evidences",
  )
  await expect(editor.problems).toContainText('does not say which outcome it evidences')
  // A draft with problems is saved but not published.
  await editor.publishButton.click()
  await expect(editor.dialogTitle).toHaveText('This section cannot be published yet')
  await editor.dialog.getByRole('button', { name: 'Close' }).click()

  await editor.question(c1, q1).getByLabel('Guidance').fill(first!.questions[0]!.guidance)
  await editor.chooseOutcome(editor.question(c1, q1), 'Reviewed')
  await expect(outcome).not.toHaveAttribute('aria-invalid', 'true')
  for (const question of first!.questions.slice(1)) await editor.addQuestion(c1, question)
  const c2 = await editor.addCheck(second!)
  for (const question of second!.questions) await editor.addQuestion(c2, question)
  await expect(editor.noProblems).toBeVisible()

  expect(await editor.publish()).toEqual({
    version: 'version 1',
    summary: ['first version: 4 outcomes, 2 checks, 6 questions'],
  })
  const library = new LibraryPage(page)
  await expect(library.sectionTitle).toHaveText('Change Management')
  await expect(library.ladder.getByRole('listitem')).toHaveCount(5)
  await expect(library.check('Release and rollback').getByRole('listitem')).toHaveCount(3)

  const form = new AuditFormPage(page)
  await form.openNew()
  const choice = form.sections.getByRole('checkbox', { name: /Section 7 · Change Management/ })
  await choice.check()
  await expect(choice).toBeChecked()
})

test('Edit on a published section drafts its next version, published as version 2', async ({
  page,
}) => {
  const editor = new SectionEditorPage(page)
  await editor.createSectionFromScratch({
    ...CHANGE_MANAGEMENT,
    outcomes: CHANGE_MANAGEMENT.outcomes.slice(0, 1),
    checks: [
      {
        ...CHANGE_MANAGEMENT.checks[0]!,
        questions: CHANGE_MANAGEMENT.checks[0]!.questions.slice(0, 1),
      },
    ],
  })
  const firstDraft = page.url()
  expect((await editor.publish()).version).toBe('version 1')
  // The published draft is gone: its address says so rather than showing a stale form.
  await page.goto(firstDraft)
  await expect(editor.heading).toHaveText('This draft is no longer here')
  await page.getByRole('link', { name: 'Back to the Library' }).click()
  await page
    .getByRole('link', { name: /Change Management/ })
    .first()
    .click()

  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await expect(editor.heading).toHaveText('Change Management')
  await editor.level(1).getByLabel('Name', { exact: true }).fill('Peer-reviewed')
  await editor.question(1, 1).getByLabel('Prompt').fill('Is every change reviewed by a peer?')
  expect(await editor.publish()).toEqual({
    version: 'version 2',
    summary: ['1 question reworded', "outcome 'Reviewed' renamed to 'Peer-reviewed'"],
  })
})

test('a duplicate of Section 35 is reordered and trimmed, with undo and redo', async ({ page }) => {
  const editor = new SectionEditorPage(page)
  await editor.duplicate('Incident Response')
  const levelName = (n: number) => editor.level(n).getByLabel('Name', { exact: true })
  await expect(levelName(1)).toHaveValue('Owned')

  await editor.level(1).getByRole('button', { name: "Move outcome 'Owned' down" }).click()
  await expect(levelName(1)).toHaveValue('Reachable')
  await expect(levelName(2)).toHaveValue('Owned')
  await editor.undoButton.click()
  await expect(levelName(1)).toHaveValue('Owned')
  // Outside a text field, the keyboard undoes and redoes the draft's edits.
  await page.keyboard.press('ControlOrMeta+Shift+Z')
  await expect(levelName(1)).toHaveValue('Reachable')

  const firstCheck = editor.check(1).getByLabel('Check title')
  await expect(firstCheck).toHaveValue('On-call & Escalation')
  await editor.check(1).getByRole('button', { name: "Remove check 'On-call & Escalation'" }).click()
  await expect(firstCheck).not.toHaveValue('On-call & Escalation')
  await page.keyboard.press('ControlOrMeta+Z')
  await expect(firstCheck).toHaveValue('On-call & Escalation')
  await editor.redoButton.click()
  await expect(firstCheck).not.toHaveValue('On-call & Escalation')

  // The built-in section itself stays read-only: it has no Edit.
  await page.goto('/#/library')
  await expect(page.getByRole('button', { name: 'Duplicate as a custom section' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0)
})

test('a reload in the middle of typing keeps what was typed', async ({ page }) => {
  const editor = new SectionEditorPage(page)
  await editor.startNewSection()
  const address = page.url()
  await editor.field('Summary').pressSequentially('Nothing typed here is lost')
  await page.reload()
  await expect(page).toHaveURL(address)
  await expect(editor.field('Summary')).toHaveValue('Nothing typed here is lost')
})

test('the editor with its problems shown is accessible', async ({ page }) => {
  const editor = new SectionEditorPage(page)
  await editor.startNewSection()
  await editor.addOutcome({ name: 'Owned', description: '' })
  const c = await editor.addCheck({ title: 'Ownership', intro: '' })
  await editor.addQuestionPrompt(c, 'Who owns it?')
  await expect(editor.problems).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // Each problem in the list leads to its field.
  await editor.problems
    .getByRole('button', { name: /does not say which outcome it evidences/ })
    .click()
  await expect(editor.question(c, 1).getByLabel('Evidences outcome')).toBeFocused()
})

test('Discard draft asks first, then removes the draft from the Library', async ({ page }) => {
  const editor = new SectionEditorPage(page)
  await editor.startNewSection()
  await editor.field('Title').fill('Throwaway')
  await expect(editor.saveStatus).toHaveText('All changes saved')
  await editor.discardButton.click()
  await editor.dialog.getByRole('button', { name: 'Keep editing' }).click()
  await expect(editor.field('Title')).toHaveValue('Throwaway')
  await editor.discardButton.click()
  await editor.dialog.getByRole('button', { name: 'Discard draft' }).click()
  await expect(page).toHaveURL(/#\/library$/)
  await expect(page.getByRole('region', { name: 'Drafts' })).toHaveCount(0)
})
