import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { dumpDatabase } from '../fixtures/archive'
import { seedSectionDraft } from '../fixtures/section-drafts'
import { DraftPreviewPage } from '../pages/draft-preview-page'
import { WelcomePage } from '../pages/welcome-page'
import {
  draftFromPack,
  editDraft,
  newSectionDraft,
  takenIdsIn,
  type DraftEdit,
} from '../../src/core/authoring'
import { builtinPack } from '../../src/core/content'

/**
 * Section 35 as a consultant might leave a draft of it, not yet valid: an outcome taken off the
 * ladder that three questions still evidence, a check with no title, and a check with no questions.
 */
const roughDraft: DraftEdit[] = [
  { kind: 'setSectionText', field: 'title', value: 'Incident Response (ours)' },
  { kind: 'removeOutcome', outcomeId: 'runbooked' },
  { kind: 'setCheckText', checkId: 'post-mortems', field: 'title', value: '' },
  { kind: 'addCheck', title: 'Game days' },
]

const QUESTIONS = 9

test('a draft that does not validate is walked by keyboard, read-only, and nothing is written', async ({
  page,
}) => {
  await new WelcomePage(page).completeAs()
  const draft = roughDraft.reduce(editDraft, draftFromPack(builtinPack, 'incident-response')!)
  const draftId = await seedSectionDraft(page, 'rough-draft', draft)
  const before = await dumpDatabase(page)

  const preview = new DraftPreviewPage(page)
  const { interview } = preview
  await preview.open(draftId)
  await expect(preview.title).toHaveText('Preview of Section 35 · Incident Response (ours)')
  await expect(preview.banner).toBeVisible()
  await expect(page.getByText('No questions yet in “Game days”')).toBeVisible()
  await expect(interview.prompt).toHaveText("Who's getting paged at 2am if prod goes down tonight?")
  await expect(preview.evidences).toHaveText('Evidences: Owned')

  // Nothing can be recorded: the controls are shown but off, there are no notes, and a key that
  // would rate says why it did nothing.
  for (const label of ['Met', 'Partially met', 'Not met', 'Not applicable']) {
    await expect(interview.rating(label)).toBeDisabled()
  }
  await expect(interview.followUp).toBeDisabled()
  await expect(interview.notes).toHaveCount(0)
  await expect(interview.interviewees).toHaveCount(0)
  await page.keyboard.press('1')
  await expect(page.getByRole('status')).toContainText(
    'This is a preview, so nothing was recorded.',
  )
  await page.keyboard.press('f')
  await expect(interview.rating('Met')).toHaveAttribute('aria-pressed', 'false')
  await expect(interview.followUp).toHaveAttribute('aria-pressed', 'false')
  await expect(interview.outlineQuestions()).toHaveCount(QUESTIONS)

  // J and K walk the questions; a removed outcome is named, a blank check title is too.
  await page.keyboard.press('j')
  await expect(preview.eyebrow).toContainText(`Question 2 of ${QUESTIONS}`)
  await page.keyboard.press('k')
  await expect(preview.eyebrow).toContainText(`Question 1 of ${QUESTIONS}`)
  for (let i = 2; i <= 5; i++) {
    await page.keyboard.press('j')
    await expect(preview.eyebrow).toContainText(`Question ${i} of ${QUESTIONS}`)
  }
  await expect(preview.eyebrow).toContainText('Runbooks & Playbooks')
  await expect(preview.evidences).toHaveText(
    "Evidences: 'Runbooked', which is no longer on the ladder",
  )
  for (let i = 6; i <= QUESTIONS; i++) {
    await page.keyboard.press('ArrowRight')
    await expect(preview.eyebrow).toContainText(`Question ${i} of ${QUESTIONS}`)
  }
  await expect(preview.eyebrow).toContainText('Untitled check')
  await expect(page).toHaveURL(new RegExp(`#/library/drafts/${draftId}/preview/open-action-items$`))
  await expect(
    interview.outline.getByRole('link', { name: /open from last year/ }),
  ).toHaveAttribute('aria-current', 'step')
  await expectNoSeriousA11yViolations(page)

  expect(await dumpDatabase(page)).toEqual(before)

  await preview.backToEditor.click()
  await expect(page).toHaveURL(new RegExp(`#/library/drafts/${draftId}$`))
})

test('a draft with no questions says so, and one that is gone offers the way back', async ({
  page,
}) => {
  await new WelcomePage(page).completeAs()
  const draftId = await seedSectionDraft(
    page,
    'blank-draft',
    newSectionDraft(takenIdsIn([builtinPack])),
  )
  const preview = new DraftPreviewPage(page)

  await preview.open(draftId)
  await expect(preview.title).toHaveText('Preview of Section 1 · Untitled section')
  await expect(page.getByText('This draft has no questions yet.')).toBeVisible()
  await expect(preview.backToEditor).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await preview.open('no-such-draft')
  await expect(page.getByRole('heading', { name: 'This draft no longer exists' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the library' }).click()
  await expect(page).toHaveURL(/#\/library$/)
})
