import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { countAudits, dumpDatabase, expireDeletions, hostileArchive } from '../fixtures/archive'
import { ArchivePage } from '../pages/archive-page'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditsPage } from '../pages/audits-page'
import { fixtureFile, QuestionEvidencePanel } from '../pages/evidence-page'
import { InterviewPage } from '../pages/interview-page'
import { PacksPage } from '../pages/packs-page'
import { WelcomePage } from '../pages/welcome-page'

const NORTHWIND = { client: 'Northwind Traders', system: 'Payments platform' }
const NOTE = 'Rotation lives in PagerDuty; nobody owns weekends.'
const EXAMPLE_PACK = resolve(import.meta.dirname, '../../resources/packs/example-pack.json')
const FILES = join(import.meta.dirname, '../fixtures/files')
const dashboard = fixtureFile(join(FILES, 'on-call-dashboard.png'), 'image/png')
const runbook = fixtureFile(join(FILES, 'runbook.pdf'), 'application/pdf')

/** Northwind, created through the form, its first question rated, noted and evidenced. */
async function auditWithAnswer(page: Page, ...files: (typeof dashboard)[]): Promise<void> {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit(NORTHWIND)
  const interview = new InterviewPage(page)
  await interview.rating('Partially met').click()
  await interview.notes.fill(NOTE)
  await expect(interview.progress).toHaveAttribute('aria-valuetext', /^1 of/)
  const evidence = new QuestionEvidencePanel(page)
  if (files.length > 0) await evidence.attach(...files)
  for (const file of files) await expect(evidence.tile(file.name)).toBeVisible()
}

/** Reads a file the browser downloaded. */
async function downloaded(download: { path(): Promise<string> }): Promise<Buffer> {
  return readFile(await download.path())
}

/** Northwind with an answer and a file, exported with "Export everything" from the audits screen. */
async function exportedEverything(page: Page) {
  await auditWithAnswer(page, dashboard)
  const audits = new AuditsPage(page)
  const archive = new ArchivePage(page)
  await audits.open()
  const download = await archive.download(archive.exportEverything)
  expect(download.suggestedFilename()).toMatch(
    /^Audit Workbook – all data – \d{4}-\d{2}-\d{2}\.auditwb$/,
  )
  const file = await downloaded(download)
  await expect(
    page.getByRole('status').getByText(/^Exported “Audit Workbook – all data/),
  ).toBeVisible()
  return { audits, archive, name: download.suggestedFilename(), file }
}

test('an archive of everything brings back a deleted audit with its answers', async ({ page }) => {
  const { audits, archive, name, file } = await exportedEverything(page)

  // Delete it, and let the undo window pass: the next start purges it for good.
  await audits.deleteAudit(NORTHWIND.client)
  await expect(audits.emptyState).toBeVisible()
  await expireDeletions(page)
  await page.reload()
  await expect.poll(() => countAudits(page)).toBe(0)

  await archive.choose({ name, buffer: file })
  await expect(archive.confirmDialog).toBeVisible()
  await expect(archive.confirmDialog).toContainText('It holds 1 audit and 1 evidence item')
  await expect(archive.previewAudits.getByRole('listitem')).toHaveText([
    /Northwind Traders · Payments platform.*In progress · 1 answer · 1 evidence item$/,
  ])
  await expect(archive.confirmDialog.getByText('Imported as a copy', { exact: true })).toHaveCount(
    0,
  )
  await archive.confirm()
  await expect(page.getByRole('status').getByText(/^Imported 1 audit from/)).toBeVisible()

  await expect(audits.clientNames).toHaveText([NORTHWIND.client])
  await audits.action('Open', NORTHWIND.client).click()
  const interview = new InterviewPage(page)
  await expect(interview.notes).toHaveValue(NOTE)
  await expect(interview.rating('Partially met')).toHaveAttribute('aria-pressed', 'true')
  await expect(new QuestionEvidencePanel(page).tile(dashboard.name)).toBeVisible()
})

test('an archive whose audit is still here comes in beside it as a marked copy', async ({
  page,
}) => {
  const { audits, archive, name, file } = await exportedEverything(page)
  await archive.choose({ name, buffer: file })
  await expect(archive.previewAudits).toContainText('Northwind Traders (imported)')
  await expect(archive.confirmDialog.getByText('Imported as a copy', { exact: true })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await archive.confirm()
  await expect(audits.row(`${NORTHWIND.client} (imported)`)).toBeVisible()
  await expect(audits.row(NORTHWIND.client)).toBeVisible()
  await expect(audits.clientNames).toHaveCount(2)
})

test('moving to another computer: every row and every evidence byte survives export and import', async ({
  page,
}) => {
  await auditWithAnswer(page, dashboard, runbook)
  // A setting of this computer's, which a backup of everything carries to the next.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByLabel('Largest evidence file (MB)').fill('100')
  await page.getByRole('button', { name: 'Save limit' }).click()
  await expect(page.getByText('Evidence files up to 100 MB are accepted.')).toBeVisible()
  const archive = new ArchivePage(page)
  await new AuditsPage(page).open()
  const before = await dumpDatabase(page)
  expect(before.evidence).toHaveLength(2)

  const one = await archive.download(archive.exportAudit(NORTHWIND.client))
  expect(one.suggestedFilename()).toBe('Northwind Traders – Payments platform.auditwb')
  const download = await archive.download(archive.exportEverything)
  const file = await downloaded(download)

  // Another computer: an empty database, and a first run.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('audit-workbook')
        request.onsuccess = () => resolve()
        request.onerror = () => reject(request.error)
      }),
  )
  await page.reload()
  await new WelcomePage(page).completeAs()
  await expect.poll(() => countAudits(page)).toBe(0)
  await archive.choose({ name: download.suggestedFilename(), buffer: file })
  await expect(archive.confirmDialog).toContainText('It holds 1 audit and 2 evidence items')
  // Each global change is shown with the value in effect here and the one it brings.
  await expect(
    archive.confirmDialog
      .getByRole('list', { name: 'Settings the archive changes' })
      .getByRole('listitem'),
  ).toHaveText(['Largest evidence file: 250 MB → 100 MB'])
  await archive.confirm()
  await expect(new AuditsPage(page).clientNames).toHaveText([NORTHWIND.client])

  // Every row of every table, and every blob's bytes (by SHA-256), as they were.
  expect(await dumpDatabase(page)).toEqual(before)
})

test('a hostile archive is refused with its reason, and nothing changes', async ({ page }) => {
  await auditWithAnswer(page)
  const audits = new AuditsPage(page)
  const archive = new ArchivePage(page)
  await audits.open()
  const before = await dumpDatabase(page)

  const hostile = await hostileArchive('an entry named ../x')
  await archive.choose({ name: 'from a stranger.auditwb', buffer: Buffer.from(hostile.bytes) })
  await expect(archive.refusedDialog.getByRole('alert')).toHaveText(
    'The archive holds an entry named “../x”, a name Audit Workbook never writes; the file has been made or changed by another program. Nothing was imported.',
  )
  await expectNoSeriousA11yViolations(page)
  await archive.refusedDialog.getByRole('button', { name: 'Close' }).click()
  await expect(audits.clientNames).toHaveText([NORTHWIND.client])
  expect(await dumpDatabase(page)).toEqual(before)

  const truncated = await hostileArchive('a truncated file')
  await archive.choose({ name: 'half.auditwb', buffer: Buffer.from(truncated.bytes) })
  await expect(archive.refusedDialog.getByRole('alert')).toContainText('The archive is incomplete')
  await page.keyboard.press('Escape')
  expect(await dumpDatabase(page)).toEqual(before)
})

test('a custom content pack becomes selectable for a new audit; an invalid one is refused with its field', async ({
  page,
}) => {
  await new WelcomePage(page).completeAs()
  const packs = new PacksPage(page)
  await packs.open()
  await expect(packs.packs).toHaveCount(1)

  const text = await readFile(EXAMPLE_PACK, 'utf8')
  const broken = JSON.parse(text) as {
    sections: { checks: { questions: { outcomeId: string }[] }[] }[]
  }
  broken.sections[0]!.checks[1]!.questions[0]!.outcomeId = 'reversable'
  await packs.choose({ name: 'broken-pack.json', buffer: Buffer.from(JSON.stringify(broken)) })
  await expect(packs.problem).toContainText('broken-pack.json was not installed')
  await expect(packs.problem.getByRole('alert')).toContainText(
    'sections[0].checks[1].questions[0].outcomeId "reversable" is not an outcome of this section; use one of: repeatable, reversible, frequent',
  )
  await expectNoSeriousA11yViolations(page)
  await packs.problem.getByRole('button', { name: 'Close' }).click()
  await expect(packs.packs).toHaveCount(1)

  await packs.choose({ name: 'example-pack.json', buffer: Buffer.from(text) })
  await expect(page.getByRole('heading', { level: 2, name: 'Release Management' })).toBeVisible()
  await expect(packs.pack('Example delivery sections')).toContainText(
    'example-delivery · version 1.0.0',
  )
  await expect(packs.pack('Example delivery sections')).toContainText('Audit Workbook · 1 section')
  // Each installed pack says where it came from.
  await expect(packs.pack('Example delivery sections')).toContainText('From a pack file')
  await expect(packs.pack('Audit Workbook core library')).toContainText('Built in')

  // No pack may take the built-in pack's id, at any version.
  const impostor = { ...(JSON.parse(text) as object), id: 'audit-workbook-core', version: '9.0.0' }
  await packs.choose({ name: 'core-update.json', buffer: Buffer.from(JSON.stringify(impostor)) })
  await expect(packs.problem).toContainText('core-update.json was not installed')
  await expect(packs.problem.getByRole('alert')).toContainText(
    'It uses the id "audit-workbook-core" of the built-in pack',
  )
  await packs.problem.getByRole('button', { name: 'Close' }).click()
  await expect(packs.packs).toHaveCount(2)

  // The same file again is refused: that version is installed.
  await packs.choose({ name: 'example-pack.json', buffer: Buffer.from(text) })
  await expect(packs.problem).toContainText('already installed')
  await packs.problem.getByRole('button', { name: 'Close' }).click()

  const form = new AuditFormPage(page)
  await form.openNew()
  const releases = form.sections.getByRole('checkbox', { name: /Section 12 · Release Management/ })
  await expect(releases).not.toBeChecked()
  await releases.check()
  await form.client.fill('Contoso')
  await form.system.fill('Checkout')
  await form.create.click()
  await page.waitForURL(/#\/audits\/[^/]+\/interview/)

  // Now an audit uses it, it cannot be removed; the message says which.
  await packs.open()
  await packs
    .pack('Example delivery sections')
    .getByRole('button', { name: /^Remove/ })
    .click()
  await expect(packs.inUse).toContainText(
    '“Example delivery sections” 1.0.0 cannot be removed: the audit of Contoso (Checkout) uses it.',
  )
})
