import { readFile } from 'node:fs/promises'
import { docxText } from '../../src/core/report/test-support/docx-text'
import { CHANGE_MANAGEMENT } from '../fixtures/change-management'
import { BUILTIN_QUESTION_COUNT } from '../fixtures/database'
import { expect, test } from '../fixtures/app'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditUpgradePage } from '../pages/audit-upgrade-page'
import { DraftPreviewPage } from '../pages/draft-preview-page'
import { InterviewPage } from '../pages/interview-page'
import { SectionEditorPage } from '../pages/section-editor-page'
import { WelcomePage } from '../pages/welcome-page'

const CUSTOM_QUESTIONS = CHANGE_MANAGEMENT.checks.flatMap((check) => check.questions)
const QUESTION_COUNT = BUILTIN_QUESTION_COUNT + CUSTOM_QUESTIONS.length
const FIRST_PROMPT = CUSTOM_QUESTIONS[0]!.prompt
const REWORDED = 'Is every change reviewed by a second engineer before it merges?'

test('a section written in the editor is previewed, published, audited beside Section 35 into the Word report, and the audit keeps version 1 until it is updated', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await new WelcomePage(page).completeAs()

  // Written from scratch, then walked in the interview screen before it is published.
  const editor = new SectionEditorPage(page)
  await editor.createSectionFromScratch(CHANGE_MANAGEMENT)
  await editor.previewLink.click()
  const preview = new DraftPreviewPage(page)
  await expect(preview.banner).toBeVisible()
  const interview = new InterviewPage(page)
  await expect(interview.prompt).toHaveText(FIRST_PROMPT)
  await page.keyboard.press('j')
  await expect(interview.prompt).toHaveText(CUSTOM_QUESTIONS[1]!.prompt)
  await preview.backToEditor.click()
  await expect(editor.heading).toHaveText(CHANGE_MANAGEMENT.title)
  expect((await editor.publish()).version).toBe('version 1')

  // An audit of both sections, every question answered.
  const form = new AuditFormPage(page)
  await form.openNew()
  await form.sections.getByRole('checkbox', { name: /Change Management/ }).check()
  await expect(form.sections.getByRole('checkbox', { name: /Incident Response/ })).toBeChecked()
  await form.client.fill('Northwind Traders')
  await form.system.fill('Payments platform')
  await form.create.click()
  await page.waitForURL(/#\/audits\/[^/]+\/interview/)
  const auditId = /#\/audits\/([^/]+)\//.exec(page.url())![1]!
  for (let i = 0; i < QUESTION_COUNT; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${QUESTION_COUNT}`)).toBeVisible()
    await page.keyboard.press(i % 2 === 0 ? '1' : '2')
    await expect(interview.progress).toHaveAttribute(
      'aria-valuetext',
      `${i + 1} of ${QUESTION_COUNT} answered`,
    )
    if (i < QUESTION_COUNT - 1) await page.keyboard.press('j')
  }

  // The Word report holds both sections.
  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const report = docxText(new Uint8Array(await readFile(await (await download).path())))
  expect(report).toContain('Incident Response')
  expect(report).toContain(CHANGE_MANAGEMENT.title)
  expect(report).toContain(FIRST_PROMPT)
  expect(report).toContain(CHANGE_MANAGEMENT.outcomes[3]!.name)
  await expect(dialog.getByText(/The report was downloaded as Northwind Traders/)).toBeVisible()

  // Version 2 rewords a question; the audit still asks version 1's until it is updated.
  await page.goto('/#/library')
  await page
    .getByRole('complementary', { name: 'Library' })
    .getByRole('link', { name: /Change Management/ })
    .click()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await expect(editor.heading).toHaveText(CHANGE_MANAGEMENT.title)
  await editor.question(1, 1).getByLabel('Prompt').fill(REWORDED)
  expect(await editor.publish()).toEqual({ version: 'version 2', summary: ['1 question reworded'] })

  await page.goto(`/#/audits/${auditId}/interview`)
  await expect(interview.outline).toContainText(FIRST_PROMPT)
  await expect(interview.outline).not.toContainText(REWORDED)
  await expect(interview.progress).toHaveAttribute(
    'aria-valuetext',
    `${QUESTION_COUNT} of ${QUESTION_COUNT} answered`,
  )

  const upgrade = new AuditUpgradePage(page)
  await upgrade.open(auditId)
  await upgrade.updateTo(2).click()
  const confirm = upgrade.dialog(2, CHANGE_MANAGEMENT.title)
  await expect(confirm.getByRole('listitem').filter({ hasText: REWORDED })).toBeVisible()
  await confirm.getByRole('button', { name: 'Update to version 2' }).click()
  await expect(confirm).toBeHidden()

  // The reworded question keeps its answer.
  await page.goto(`/#/audits/${auditId}/interview`)
  await expect(interview.outline).toContainText(REWORDED)
  await expect(interview.outline).not.toContainText(FIRST_PROMPT)
  await expect(interview.progress).toHaveAttribute(
    'aria-valuetext',
    `${QUESTION_COUNT} of ${QUESTION_COUNT} answered`,
  )
})
