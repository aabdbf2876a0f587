import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { BUILTIN_QUESTION_COUNT } from '../fixtures/database'
import { AuditFormPage } from '../pages/audit-form-page'
import { InterviewPage } from '../pages/interview-page'
import { WelcomePage } from '../pages/welcome-page'

/** A returning user who has just created an audit of Section 35: its interview is open. */
async function startInterview(page: Page): Promise<InterviewPage> {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({
    client: 'Northwind Traders',
    system: 'Payments platform',
  })
  const interview = new InterviewPage(page)
  await expect(interview.prompt).toHaveText("Who's getting paged at 2am if prod goes down tonight?")
  return interview
}

const KEYS = ['1', '2', '3', 'n'] as const
const LABELS = ['Met', 'Partially met', 'Not met', 'Not applicable'] as const
const noteFor = (i: number) => `Q${i + 1} «ok» 👍`

test('every question of Section 35 answered by keyboard alone survives a reload', async ({
  page,
}) => {
  const interview = await startInterview(page)
  const keyboard = page.keyboard

  for (let i = 0; i < BUILTIN_QUESTION_COUNT; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${BUILTIN_QUESTION_COUNT}`)).toBeVisible()
    await keyboard.press(KEYS[i % 4]!)
    await expect(interview.rating(LABELS[i % 4]!)).toHaveAttribute('aria-pressed', 'true')
    await keyboard.press('e')
    await expect(interview.notes).toBeFocused()
    // Short, so nine notes typed key by key stay well inside the test's time on a busy machine.
    await keyboard.type(noteFor(i))
    await keyboard.press('Escape')
    if (i % 2 === 0) {
      await keyboard.press('f')
      await expect(interview.followUp).toHaveAttribute('aria-pressed', 'true')
    }
    if (i < BUILTIN_QUESTION_COUNT - 1) await keyboard.press('j')
  }
  await expect(page.getByText('All questions answered')).toBeVisible()

  await page.reload()
  await expect(interview.progress).toHaveAttribute('aria-valuenow', String(BUILTIN_QUESTION_COUNT))
  await expect(page.getByText('All questions answered')).toBeVisible()
  // Walk back from the last question, checking each one as it was left.
  for (let i = BUILTIN_QUESTION_COUNT - 1; i >= 0; i--) {
    await expect(page.getByText(`Question ${i + 1} of ${BUILTIN_QUESTION_COUNT}`)).toBeVisible()
    await expect(interview.rating(LABELS[i % 4]!)).toHaveAttribute('aria-pressed', 'true')
    await expect(interview.notes).toHaveValue(noteFor(i))
    await expect(interview.followUp).toHaveAttribute('aria-pressed', String(i % 2 === 0))
    if (i > 0) await keyboard.press('k')
  }
})

test('a note typed and reloaded at once is all there', async ({ page }) => {
  const interview = await startInterview(page)
  const note = 'On-call rota lives in PagerDuty; the secondary is the team lead. ✅'
  await interview.notes.pressSequentially(note)
  // No waiting for a save: the reload follows the last keystroke immediately.
  await page.reload()
  await expect(interview.notes).toHaveValue(note)
})

test('a 100,000-character note with RTL text and emoji is kept exactly', async ({ page }) => {
  const interview = await startInterview(page)
  const note = 'Ana: "it’s fine" — مرحبا בעברית 👩🏽‍💻\n'.repeat(3_000).slice(0, 100_000)
  await interview.pasteIntoNotes(note)
  await expect(interview.notes).toHaveValue(note)
  await page.reload()
  await expect(interview.notes).toHaveValue(note)
})

test('interviewees, basis and evidence requests are kept; filters find flagged and requested', async ({
  page,
}) => {
  const interview = await startInterview(page)
  await interview.interviewees.fill('Priya (SRE lead), Tom (CTO)')
  await page.getByRole('button', { name: 'Verified with evidence' }).click()
  await interview.evidenceRequest.fill('Export of the on-call rota')
  await page.getByRole('button', { name: 'Add request' }).click()
  await page.keyboard.press('j')
  await page.keyboard.press('f')
  await expect(interview.followUp).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  await interview.filter.selectOption({ label: 'Flagged for follow-up' })
  await expect(interview.outlineQuestions()).toHaveCount(1)
  await expect(interview.outlineQuestions()).toContainText('What happens when the on-call person')

  await interview.filter.selectOption({ label: 'Evidence requested' })
  await expect(interview.outlineQuestions()).toHaveCount(1)
  await interview.outlineQuestions().first().click()
  await expect(interview.prompt).toHaveText("Who's getting paged at 2am if prod goes down tonight?")
  await expect(interview.interviewees).toHaveValue('Priya (SRE lead), Tom (CTO)')
  await expect(page.getByRole('button', { name: 'Verified with evidence' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.getByRole('checkbox', { name: /Export of the on-call rota/ }).click()
  await expect(interview.outlineQuestions()).toHaveCount(0)
  await expect(page.getByText('No question matches.')).toBeVisible()

  await interview.filter.selectOption({ label: 'All questions' })
  await interview.search.fill('slack')
  await expect(interview.outlineQuestions()).toHaveCount(2)
  await interview.filter.selectOption({ label: 'Unanswered' })
  await interview.search.fill('')
  await expect(interview.outlineQuestions()).toHaveCount(BUILTIN_QUESTION_COUNT)
})

test('next unanswered skips what is rated, and a final audit is read-only until reopened', async ({
  page,
}) => {
  const interview = await startInterview(page)
  // Pressed as fast as Playwright can: each key must act on the question it was pressed on.
  await page.keyboard.press('1')
  await page.keyboard.press('j')
  await page.keyboard.press('2')
  await expect(interview.rating('Partially met')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('k')
  await expect(interview.rating('Met')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('u')
  await expect(page.getByText(`Question 3 of ${BUILTIN_QUESTION_COUNT}`)).toBeVisible()

  await page.getByRole('button', { name: 'Mark final' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Mark final' }).click()
  await expect(page.getByText('This audit is final and read-only.')).toBeVisible()
  await expect(interview.rating('Met')).toBeDisabled()
  await page.keyboard.press('3')
  await expect(
    page.getByText('This audit is final, so nothing was changed. Reopen it to make changes.'),
  ).toBeVisible()
  await expect(interview.notes).not.toBeEditable()

  await page.getByRole('button', { name: 'Reopen' }).click()
  // As a person would: the question looks editable again before a key is pressed. The rating
  // pressed while it was final did not land.
  await expect(interview.rating('Not met')).toBeEnabled()
  await expect(page.getByText('This audit is final and read-only.')).toBeHidden()
  await expect(interview.rating('Not met')).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('3')
  await expect(interview.rating('Not met')).toHaveAttribute('aria-pressed', 'true')
})

test('the preparation checklist is answered per audit and kept', async ({ page }) => {
  await startInterview(page)
  await page.getByRole('link', { name: 'Before you start' }).click()
  await page.getByRole('checkbox', { name: /Identify incident management tools/ }).click()
  await expect(
    page.getByRole('checkbox', { name: /Identify incident management tools/ }),
  ).toBeChecked()
  await page.getByRole('textbox', { name: 'Incident management tool' }).fill('Opsgenie')
  await page.reload()
  await expect(
    page.getByRole('checkbox', { name: /Identify incident management tools/ }),
  ).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Incident management tool' })).toHaveValue(
    'Opsgenie',
  )
})

test('the interview screen has no serious accessibility violation', async ({ page }) => {
  await startInterview(page)
  await page.keyboard.press('2')
  await expectNoSeriousA11yViolations(page)
})
