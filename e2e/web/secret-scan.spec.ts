import { readFile } from 'node:fs/promises'
import { docxText } from '../../src/core/report/test-support/docx-text'
import { partsHolding } from '../../src/core/report/test-support/find-marker'
import type { Locator } from '@playwright/test'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { startInterview } from '../fixtures/evidence-interview'
import { ExportReportDialog } from '../pages/export-report-dialog'
import { FindingsPage } from '../pages/findings-page'
import { ReportTabPage } from '../pages/report-tab-page'
import { SecretScanPanel } from '../pages/secret-scan-panel'

// Planted secrets, built from parts so this file is not itself flagged by secret scanners.
const NOTE_TOKEN = 'ghp_' + 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'
const SNIPPET_KEY = 'AKIA' + 'QYLPMN5HHHFPZAM2'
const FILE_TOKEN = 'xoxb-' + '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'
const LINK_PASSWORD = 'Kx9' + 'mPq2Lw7Zt'
const LINK_URL = `https://deploy:${LINK_PASSWORD}@git.example.org/payments/infra.git`
const TEXT_FILE = 'deploy-settings.txt'

test('the client export lists each planted secret; redacted and internal ones are absent from the .docx', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const { interview, evidence } = await startInterview(page)
  await interview.notes.fill(`The on-call bot authenticates with ${NOTE_TOKEN} (rotated yearly).`)
  await page.keyboard.press('Escape')

  await evidence.addSnippet.click()
  const snippetDialog = page.getByRole('dialog', { name: 'Add a text snippet' })
  await snippetDialog.getByLabel('Title').fill('Pager config')
  await snippetDialog.getByLabel('Text').fill(`pager:\n  aws_access_key_id: ${SNIPPET_KEY}\n`)
  await snippetDialog.getByRole('button', { name: 'Add snippet' }).click()
  await expect(evidence.tile('Pager config')).toBeVisible()

  await evidence.attach({
    name: TEXT_FILE,
    mimeType: 'text/plain',
    buffer: Buffer.from(`SLACK_BOT_TOKEN=${FILE_TOKEN}\nCHANNEL=#payments-oncall\n`),
  })
  await expect(evidence.tile(TEXT_FILE)).toBeVisible()

  await evidence.addLink.click()
  const linkDialog = page.getByRole('dialog', { name: 'Add a link' })
  await linkDialog.getByLabel('Address').fill(LINK_URL)
  await linkDialog.getByLabel('Title').fill('Infra repository')
  await linkDialog.getByRole('button', { name: 'Add link' }).click()
  await expect(evidence.tile('Infra repository')).toBeVisible()

  const exporter = new ExportReportDialog(page)
  await page.getByRole('button', { name: 'Export report' }).click()
  await exporter.edition('Client edition').check()
  await exporter.dialog.getByRole('button', { name: 'Export', exact: true }).click()

  const scan = new SecretScanPanel(exporter.dialog)
  await expect(scan.hits).toHaveCount(4)
  await expect(scan.hit(/^GitHub token/)).toContainText('Notes, ')
  await expect(scan.hit('Pager config')).toContainText('AWS access key ID')
  await expect(scan.hit(TEXT_FILE)).toContainText('Slack token')
  await expect(scan.hit('Infra repository')).toContainText('Password in a URL')
  // The list never shows a whole secret.
  for (const secret of [NOTE_TOKEN, SNIPPET_KEY, FILE_TOKEN, LINK_PASSWORD])
    await expect(scan.list).not.toContainText(secret)
  await expect(scan.continueExport).toBeDisabled()
  await expectNoSeriousA11yViolations(page)

  await scan.act(/^GitHub token/, 'Redact')
  await expect(scan.hits).toHaveCount(3)
  await scan.act('Pager config', 'Redact')
  await expect(scan.hits).toHaveCount(2)
  await scan.act(TEXT_FILE, 'Mark internal')
  await expect(scan.hits).toHaveCount(1)
  await scan.act('Infra repository', 'Keep')
  await expect(scan.hit('Infra repository')).toContainText('Kept in this export')

  const download = page.waitForEvent('download')
  await scan.continueExport.click()
  const docx = new Uint8Array(await readFile(await (await download).path()))
  await expect(exporter.dialog.getByText(/The report was downloaded as/)).toBeVisible()
  await exporter.dialog.getByRole('button', { name: 'Done' }).click()

  expect(partsHolding(docx, NOTE_TOKEN)).toEqual([])
  expect(partsHolding(docx, TEXT_FILE)).toEqual([])
  expect(partsHolding(docx, FILE_TOKEN)).toEqual([])
  expect(partsHolding(docx, SNIPPET_KEY)).toEqual([])
  expect(docxText(docx)).toContain(
    'The on-call bot authenticates with ████████████████████████████████████████████████ (rotated yearly).',
  )
  // Kept: the link's address is in the appendix as captured.
  expect(docxText(docx)).toContain(LINK_URL)
  // The redacted snippet is listed in place of the original, which is listed nowhere.
  expect(docxText(docx)).toContain('Pager config (redacted)')
  expect(docxText(docx).replaceAll('Pager config (redacted)', '')).not.toContain('Pager config')

  // The note was masked in place, where the consultant reads it.
  await expect(interview.notes).toHaveValue(/authenticates with █{48} \(rotated yearly\)/)
})

test('a clean audit exports with no check to answer', async ({ page }) => {
  const { interview } = await startInterview(page)
  await interview.notes.fill('The rota is in PagerDuty; escalation after 15 minutes.')
  await page.keyboard.press('Escape')
  const docx = await new ExportReportDialog(page).exportWord('Client edition')
  expect(docxText(docx)).toContain('The rota is in PagerDuty; escalation after 15 minutes.')
})

test('a passage of a snippet, the password of a link and a passage of the notes are redacted by selection', async ({
  page,
}) => {
  const { interview, evidence, locker } = await startInterview(page)
  await evidence.addSnippet.click()
  const snippetDialog = page.getByRole('dialog', { name: 'Add a text snippet' })
  await snippetDialog.getByLabel('Title').fill('Pager config')
  await snippetDialog
    .getByLabel('Text')
    .fill(`pager:\n  password: ${LINK_PASSWORD}\n  retries: 3\n`)
  await snippetDialog.getByRole('button', { name: 'Add snippet' }).click()

  // The snippet: select the password in the preview, mask it by keyboard, save the version.
  await evidence.tile('Pager config').click()
  const preview = page.getByRole('dialog', { name: 'Pager config' })
  await preview.getByRole('button', { name: 'Redact text…' }).click()
  const text = preview.getByLabel('Text to redact')
  await selectIn(text, LINK_PASSWORD)
  await text.press('Control+Shift+X')
  await expect(text).toHaveValue('pager:\n  password: ████████████████\n  retries: 3\n')
  await expectNoSeriousA11yViolations(page)
  await preview.getByRole('button', { name: 'Save as “Pager config (redacted)”' }).click()
  await expect(page.getByText('Saved the redacted version “Pager config (redacted)”')).toBeVisible()
  await preview.getByRole('button', { name: 'Close' }).click()

  // The link: the password in its address, by the button.
  await evidence.addLink.click()
  const linkDialog = page.getByRole('dialog', { name: 'Add a link' })
  await linkDialog.getByLabel('Address').fill(LINK_URL)
  await linkDialog.getByLabel('Title').fill('Infra repository')
  await linkDialog.getByRole('button', { name: 'Add link' }).click()
  await evidence.tile('Infra repository').click()
  const linkPreview = page.getByRole('dialog', { name: 'Infra repository' })
  await linkPreview.getByRole('button', { name: 'Redact text…' }).click()
  await selectIn(linkPreview.getByLabel('Text to redact'), LINK_PASSWORD)
  await linkPreview.getByRole('button', { name: 'Redact selection' }).click()
  await linkPreview.getByRole('button', { name: /^Save as/ }).click()
  await expect(
    page.getByText(/Saved the redacted version “Infra repository \(redacted\)”/),
  ).toBeVisible()
  await linkPreview.getByRole('button', { name: 'Close' }).click()

  // The notes: select a passage and mask it; Ctrl+Z brings it back, as with typing.
  await interview.notes.fill(`Root password is ${LINK_PASSWORD} on the jump host.`)
  await selectIn(interview.notes, LINK_PASSWORD)
  await interview.notes.press('Control+Shift+X')
  await expect(interview.notes).toHaveValue('Root password is ████████████████ on the jump host.')
  await interview.notes.press('Control+z')
  await expect(interview.notes).toHaveValue(`Root password is ${LINK_PASSWORD} on the jump host.`)
  await selectIn(interview.notes, LINK_PASSWORD)
  await page.getByRole('button', { name: 'Redact selection' }).click()
  await expect(interview.notes).toHaveValue('Root password is ████████████████ on the jump host.')
  await page.keyboard.press('Escape')

  // Kept through a reload: the notes as masked, both redacted versions beside their originals.
  await page.reload()
  await expect(interview.notes).toHaveValue('Root password is ████████████████ on the jump host.')
  await locker.open()
  await expect(locker.item('Pager config')).toBeVisible()
  await expect(locker.item('Pager config (redacted)')).toBeVisible()
  await expect(locker.item('Infra repository (redacted)')).toContainText(
    'https://deploy:████████████████@git.example.org/payments/infra.git',
  )
})

/** Selects the first occurrence of `passage` in a text field, as Shift+arrows or a drag would. */
async function selectIn(field: Locator, passage: string): Promise<void> {
  await field.evaluate((element, wanted) => {
    const input = element as HTMLTextAreaElement
    const start = input.value.indexOf(wanted)
    input.focus()
    input.setSelectionRange(start, start + wanted.length)
  }, passage)
}

test('Export PDF and the client action plan are checked too', async ({ page, context }) => {
  const { interview } = await startInterview(page)
  await page.keyboard.press('3') // Not met: the finding's gap quotes the notes.
  await interview.notes.fill(`The bot token is ${NOTE_TOKEN}.`)
  await page.keyboard.press('Escape')

  const findings = new FindingsPage(page)
  await findings.open()
  await page.getByLabel('Edition').selectOption({ label: 'Client edition' })
  await findings.exportButton.click()
  const check = SecretScanPanel.in(page, 'Check for secrets')
  await expect(check.hits).toHaveCount(1)
  await check.act(/^GitHub token/, 'Keep')
  const download = page.waitForEvent('download')
  await check.continueExport.click()
  const csv = await readFile(await (await download).path(), 'utf8')
  expect(csv).toContain(NOTE_TOKEN)

  const report = new ReportTabPage(page)
  await report.open()
  await report.exportPdf.click()
  await expect(check.hits).toHaveCount(1)
  await check.act(/^GitHub token/, 'Mark internal')
  await expect(check.hits).toHaveCount(0)
  const printView = context.waitForEvent('page')
  await check.continueExport.click()
  await expect(await printView).toHaveURL(/\/report\/print\/dialog$/)
})
