import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { dumpDatabase } from '../fixtures/archive'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditUpgradePage } from '../pages/audit-upgrade-page'
import { AuditsPage } from '../pages/audits-page'
import { InterviewPage } from '../pages/interview-page'
import { PacksPage } from '../pages/packs-page'
import { WelcomePage } from '../pages/welcome-page'

const EXAMPLE_PACK = resolve(import.meta.dirname, '../../resources/packs/example-pack.json')
const PACK_TITLE = 'Example delivery sections'
const KEPT = 'If your lead engineer is on a beach tomorrow, who ships the fix?'
const REMOVED = 'Walk me through your last release: which steps did someone type by hand?'
const REWORDED = 'When did you last roll back, and how long did it take?'
const ADDED = 'Who writes the release notes?'

interface PackFile {
  version: string
  sections: {
    checks: {
      id: string
      questions: {
        id: string
        prompt: string
        guidance: string
        outcomeId: string
        weight: number
      }[]
    }[]
  }[]
}

/** Version 2 of the example pack: one question removed, one reworded, one added. */
function versionTwo(text: string): Buffer {
  const pack = JSON.parse(text) as PackFile
  pack.version = '2.0.0'
  const [releasePath, cadence] = pack.sections[0]!.checks
  cadence!.questions[0]!.prompt = REWORDED
  releasePath!.questions = releasePath!.questions.filter((q) => q.prompt !== REMOVED)
  releasePath!.questions.push({
    id: 'release-notes',
    prompt: ADDED,
    guidance: 'Someone tells the users what changed.',
    outcomeId: 'repeatable',
    weight: 1,
  })
  return Buffer.from(JSON.stringify(pack))
}

test('an audit keeps its version until "Update to version 2" is confirmed, and keeps the dropped answer', async ({
  page,
}) => {
  await new WelcomePage(page).completeAs()
  const packs = new PacksPage(page)
  await packs.open()
  const text = await readFile(EXAMPLE_PACK, 'utf8')
  await packs.choose({ name: 'example-pack.json', buffer: Buffer.from(text) })
  await expect(packs.pack(PACK_TITLE)).toContainText('version 1.0.0')

  // An audit of the pack's one section, two of its four questions answered.
  const form = new AuditFormPage(page)
  await form.openNew()
  await form.sections.getByRole('checkbox', { name: /Incident Response/ }).uncheck()
  await form.sections.getByRole('checkbox', { name: /Release Management/ }).check()
  await form.client.fill('Contoso')
  await form.system.fill('Checkout')
  await form.create.click()
  await page.waitForURL(/#\/audits\/[^/]+\/interview/)
  const auditId = /#\/audits\/([^/]+)\//.exec(page.url())![1]!
  const interview = new InterviewPage(page)
  await expect(interview.prompt).toHaveText(KEPT)
  await interview.rating('Met').click()
  await interview.outlineQuestions().filter({ hasText: REMOVED }).click()
  await expect(interview.prompt).toHaveText(REMOVED)
  await interview.rating('Not met').click()
  await expect(interview.progress).toHaveAttribute('aria-valuetext', '2 of 4 answered')

  // Version 2 is installed: the audit is unchanged.
  await packs.open()
  await packs.choose({ name: 'example-pack-v2.json', buffer: versionTwo(text) })
  await expect(packs.packs.filter({ hasText: 'version 2.0.0' })).toContainText(PACK_TITLE)
  await page.goto(`/#/audits/${auditId}/interview`)
  await expect(interview.outlineQuestions()).toHaveCount(4)
  await expect(interview.outline).toContainText(REMOVED)
  await expect(interview.outline).not.toContainText(ADDED)
  await expect(interview.progress).toHaveAttribute('aria-valuetext', '2 of 4 answered')

  // The edit screen offers the update and shows what it would change; Cancel changes nothing.
  const upgrade = new AuditUpgradePage(page)
  await upgrade.open(auditId)
  await expect(upgrade.offers).toContainText(
    `“${PACK_TITLE}”: this audit uses version 1; version 2 is installed.`,
  )
  const before = await dumpDatabase(page)
  await upgrade.updateTo(2).click()
  const dialog = upgrade.dialog(2, PACK_TITLE)
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Questions in scope: 4 now, 4 after the update.')
  await expect(dialog).toContainText('Release Management: version 1 → version 2')
  await expect(dialog.getByRole('listitem').filter({ hasText: ADDED })).toBeVisible()
  await expect(dialog.getByRole('listitem').filter({ hasText: REMOVED })).toContainText(
    'its answer is kept in the audit',
  )
  await expect(dialog.getByRole('listitem').filter({ hasText: REWORDED })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(await dumpDatabase(page)).toEqual(before)

  // Confirmed: the new question is in, unanswered; the dropped one is out, its answer kept.
  await upgrade.updateTo(2).click()
  await dialog.getByRole('button', { name: 'Update to version 2' }).click()
  await expect(dialog).toBeHidden()
  await expect(upgrade.offers).toBeHidden()

  await page.goto(`/#/audits/${auditId}/interview`)
  await expect(interview.outlineQuestions()).toHaveCount(4)
  await expect(interview.outline).toContainText(ADDED)
  await expect(interview.outline).toContainText(REWORDED)
  await expect(interview.outline).not.toContainText(REMOVED)
  await expect(interview.progress).toHaveAttribute('aria-valuetext', '1 of 4 answered')

  const audits = new AuditsPage(page)
  await page.goto('/#/audits')
  await expect(audits.progress(audits.row('Contoso'))).toHaveAttribute(
    'aria-valuetext',
    '1 of 4 answered',
  )

  const answers = (await dumpDatabase(page)).answers as { questionId: string; rating?: string }[]
  expect(answers.find((a) => a.questionId === 'manual-steps')).toMatchObject({
    rating: 'not-met',
  })
})
