import { expect, test } from '../fixtures/app'
import { completeAuditWithEvidence } from '../fixtures/completed-audit'
import { failSaveStreamWrites, holdSaveStreamWrites } from '../fixtures/save-stream'
import { ArchivePage } from '../pages/archive-page'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditsPage } from '../pages/audits-page'
import { InterviewPage } from '../pages/interview-page'
import { WelcomePage } from '../pages/welcome-page'

// The Word report is written to its file as it is made (a streamed save): these are what the
// user sees when they stop it, or when the disk cannot take it.

test('canceling a Word export leaves no file and returns to the options, saying so', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await completeAuditWithEvidence(page)
  const downloads: string[] = []
  page.on('download', (d) => downloads.push(d.suggestedFilename()))
  await holdSaveStreamWrites(page)

  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByText(/written$/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel export' }).click()

  await expect(dialog.getByRole('status')).toHaveText('Export canceled. Nothing was saved.')
  await expect(dialog.getByLabel('Report title')).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled()
  expect(downloads).toEqual([])
})

test('a full disk stops the Word export with a clear message, and the next export works', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await completeAuditWithEvidence(page)
  const downloads: string[] = []
  page.on('download', (d) => downloads.push(d.suggestedFilename()))
  await failSaveStreamWrites(page, true)

  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'The disk is full. Free some space or choose another drive, then save again.',
  )
  expect(downloads).toEqual([])

  await failSaveStreamWrites(page, false)
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByText(/The report was downloaded as/)).toBeVisible()
  expect((await download).suggestedFilename()).toMatch(/\.docx$/)
})

test('an archive export can be canceled, or stopped by a full disk, and leaves no file', async ({
  page,
}) => {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Northwind Traders', system: 'Payments' })
  await new InterviewPage(page).rating('Partially met').click()
  const audits = new AuditsPage(page)
  const archive = new ArchivePage(page)
  await audits.open()
  const downloads: string[] = []
  page.on('download', (d) => downloads.push(d.suggestedFilename()))

  await failSaveStreamWrites(page, true)
  await archive.exportEverything.click()
  await expect(
    page.getByText('The disk is full. Free some space or choose another drive, then save again.'),
  ).toBeVisible()
  await failSaveStreamWrites(page, false)

  await holdSaveStreamWrites(page)
  await archive.exportEverything.click()
  const progress = page.getByRole('dialog', { name: 'Exporting archive' })
  await progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(progress).toBeHidden()
  await expect(page.getByText('Export canceled. Nothing was saved.')).toBeVisible()
  expect(downloads).toEqual([])
})
