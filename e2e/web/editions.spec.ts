import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { docxText } from '../../src/core/report/test-support/docx-text'
import { fileHolds, partsHolding } from '../../src/core/report/test-support/find-marker'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { AuditFormPage } from '../pages/audit-form-page'
import { EvidenceLockerPage, fixtureFile, QuestionEvidencePanel } from '../pages/evidence-page'
import { ExportReportDialog } from '../pages/export-report-dialog'
import { FindingsPage } from '../pages/findings-page'
import { InterviewPage } from '../pages/interview-page'
import { auditIdOf } from '../pages/report-tab-page'
import { WelcomePage } from '../pages/welcome-page'
import { readPdf } from '../support/pdf-tools'

const FILES = join(import.meta.dirname, '../fixtures/files')
/** Put only in what is marked internal: the client edition must not hold it anywhere. */
const MARKER = 'ZZ-INTERNAL-7731'
const internalImage = {
  ...fixtureFile(join(FILES, 'on-call-dashboard.png'), 'image/png'),
  name: `${MARKER}-dashboard.png`,
}
const clientImage = fixtureFile(join(FILES, 'escalation-diagram.png'), 'image/png')

test('internal notes and evidence are absent from the client edition and present in the internal one', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Northwind Traders', system: 'Payments' })
  const interview = new InterviewPage(page)
  const evidence = new QuestionEvidencePanel(page)
  await evidence.attach(internalImage, clientImage)
  await expect(evidence.tiles).toHaveCount(2)

  // Not met, so the finding's gap would quote the notes; marked internal by the I key.
  await page.keyboard.press('3')
  await interview.notes.fill(`The on-call lead is leaving in March (${MARKER}).`)
  await page.keyboard.press('Escape')
  const internalNotes = page.getByRole('button', { name: 'Internal notes' })
  await expect(internalNotes).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('i')
  await expect(internalNotes).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText('Internal · not in the client edition')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Keyboard' })).toContainText(
    'Notes internal / for the client',
  )

  // The evidence item, by the locker's I key (the item's Internal toggle says so), with the focus
  // on the item's thumbnail.
  const locker = new EvidenceLockerPage(page)
  await locker.open()
  const item = locker.item(internalImage.name)
  const toggle = item.getByRole('button', { name: `Internal: ${internalImage.name}` })
  await expect(toggle).toHaveAttribute('aria-keyshortcuts', 'I')
  await item.getByRole('button', { name: `Open ${internalImage.name}` }).focus()
  await page.keyboard.press('i')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(item.getByText('Internal · not in the client edition')).toBeVisible()
  await expect(locker.item(clientImage.name).getByText(/Internal ·/)).toHaveCount(0)

  const exporter = new ExportReportDialog(page)
  const client = await exporter.exportWord('Client edition')
  expect(partsHolding(client, MARKER)).toEqual([])
  const clientText = docxText(client)
  expect(clientText).toContain(clientImage.name)
  expect(clientText).toContain('Rated Not met in the interview.')
  expect(clientText).not.toContain('Internal edition')

  const internal = await exporter.exportWord('Internal edition')
  expect(partsHolding(internal, MARKER)).toContain('word/document.xml')
  expect(docxText(internal)).toContain('Internal edition — not for the client')

  // The action plan follows the same choice, remembered from the last export.
  const findings = new FindingsPage(page)
  await findings.open()
  const edition = page.getByLabel('Edition')
  await expect(edition).toHaveValue('internal')
  const csvOf = async () => {
    const download = page.waitForEvent('download')
    await findings.exportButton.click()
    return new Uint8Array(await readFile(await (await download).path()))
  }
  expect(fileHolds(await csvOf(), MARKER)).toBe(true)
  await edition.selectOption({ label: 'Client edition' })
  await expect(edition).toHaveValue('client')
  expect(fileHolds(await csvOf(), MARKER)).toBe(false)

  // The PDF prints the print view of the remembered edition: now the client's.
  const auditId = auditIdOf(page)
  const clientPdf = await printedPdf(page, auditId)
  expect(clientPdf.text).toContain(clientImage.name)
  expect(clientPdf.text).not.toContain(MARKER)
  expect(clientPdf.text).not.toContain('Internal edition')
  expect(clientPdf.images).toHaveLength(1)

  await page.goto(`/#/audits/${auditId}/findings`)
  await edition.selectOption({ label: 'Internal edition' })
  await expect(edition).toHaveValue('internal')
  const internalPdf = await printedPdf(page, auditId)
  expect(internalPdf.text).toContain(MARKER)
  expect(internalPdf.text).toContain('Internal edition — not for the client')
  expect(internalPdf.images).toHaveLength(2)
})

/** The PDF Export PDF makes: the print view through Chromium's print engine, read back by poppler. */
async function printedPdf(page: Page, auditId: string) {
  await page.goto(`/#/audits/${auditId}/report/print`)
  await expect(page.locator('[data-report-ready="true"]')).toBeAttached({ timeout: 30_000 })
  return readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }))
}
