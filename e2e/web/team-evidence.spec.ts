import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Download, Locator } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { Q1 } from '../fixtures/evidence-interview'
import {
  SYNC,
  auditIdOf,
  consultant,
  provisionFirm,
  provisionSharedAudit,
  shareAudit,
  teamStatus,
  type Consultant,
} from '../fixtures/team-workspace'
import { AuditFormPage } from '../pages/audit-form-page'
import {
  EvidenceLockerPage,
  PdfViewerPanel,
  QuestionEvidencePanel,
  fixtureFile,
} from '../pages/evidence-page'
import { InterviewPage } from '../pages/interview-page'

// Issue 18: evidence captured by one consultant is opened by the other, its bytes the ones the
// first captured. The files travel apart from the rows (evidence-bytes.ts), checked against their
// SHA-256 on arrival; a tampered file's refusal is covered by the unit tests, not here.

const FILES = join(import.meta.dirname, '../fixtures/files')
const dashboard = fixtureFile(join(FILES, 'on-call-dashboard.png'), 'image/png')
const runbook = fixtureFile(join(FILES, 'runbook.pdf'), 'application/pdf')

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const savedSha256 = async (download: Promise<Download>) =>
  sha256(await readFile(await (await download).path()))

/** The width the browser decoded an image at: 0 while it has no bytes to draw. */
const naturalWidth = (image: Locator) =>
  image.evaluate((element: HTMLImageElement) => element.naturalWidth)

test('evidence captured by one consultant is opened by the other, its bytes matching their SHA-256', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const people: Consultant[] = []
  try {
    await provisionFirm()
    const ana = await consultant(browser, baseURL!, 'ana')
    const bo = await consultant(browser, baseURL!, 'bo')
    people.push(ana, bo)

    // Ana starts an audit and shares it with Bo; the firm's admin creates its database.
    await new AuditFormPage(ana.page).createAudit({
      client: 'Northwind Traders',
      system: 'Payments',
    })
    const auditId = auditIdOf(ana.page)
    const questionUrl = ana.page.url()
    await shareAudit(ana, 'Northwind Traders', { consultants: [bo] })
    await provisionSharedAudit(auditId)
    for (const who of [ana, bo]) await who.page.reload()
    await bo.page.goto('/#/audits')
    await expect(bo.page.getByText('Northwind Traders')).toBeVisible(SYNC)

    // Bo has the first question open when Ana attaches a screenshot and a PDF to it.
    await bo.page.goto(questionUrl)
    await expect(new InterviewPage(bo.page).prompt).toHaveText(Q1, SYNC)
    const anaEvidence = new QuestionEvidencePanel(ana.page)
    await expect(new InterviewPage(ana.page).prompt).toHaveText(Q1)
    await anaEvidence.attach(dashboard, runbook)
    await expect(anaEvidence.tiles).toHaveCount(2)
    // Ana sees her work on the server before she closes her laptop.
    await expect(teamStatus(ana.page)).toHaveAccessibleName('Team workspace: Synced', SYNC)
    //EXP await ana.context.setOffline(true)

    // Both arrive on Bo's screen, the screenshot's thumbnail drawn once its bytes are here.
    const boEvidence = new QuestionEvidencePanel(bo.page)
    await expect(boEvidence.tiles).toHaveCount(2, SYNC)
    const thumbnail = boEvidence.tile('on-call-dashboard.png').locator('img')
    await expect(thumbnail).toBeVisible(SYNC)
    await expect.poll(() => naturalWidth(thumbnail), SYNC).toBeGreaterThan(0)

    // The screenshot opens large; the copy Bo saves is the file Ana captured.
    await boEvidence.tile('on-call-dashboard.png').click()
    const imageDialog = bo.page.getByRole('dialog', { name: 'on-call-dashboard.png' })
    const image = imageDialog.getByRole('img', { name: 'on-call-dashboard.png' })
    await expect(image).toBeVisible(SYNC)
    await expect.poll(() => naturalWidth(image)).toBeGreaterThan(0)
    await expect(
      imageDialog.getByLabel('SHA-256 of on-call-dashboard.png', { exact: true }),
    ).toHaveValue(sha256(dashboard.buffer))
    const imageCopy = bo.page.waitForEvent('download')
    await imageDialog.getByRole('button', { name: 'Save a copy' }).click()
    expect(await savedSha256(imageCopy)).toBe(sha256(dashboard.buffer))
    await imageDialog.getByRole('button', { name: 'Close' }).click()
    await expect(imageDialog).toBeHidden()

    // The PDF opens in the app's viewer; its copy too is Ana's file.
    await boEvidence.tile('runbook.pdf').click()
    const pdfDialog = bo.page.getByRole('dialog', { name: 'runbook.pdf' })
    const viewer = new PdfViewerPanel(pdfDialog)
    await expect(viewer.pageImage('Page 1 of 1 of runbook.pdf')).toBeVisible(SYNC)
    await expect(pdfDialog.getByLabel('SHA-256 of runbook.pdf', { exact: true })).toHaveValue(
      sha256(runbook.buffer),
    )
    const pdfCopy = bo.page.waitForEvent('download')
    await pdfDialog.getByRole('button', { name: 'Save a copy' }).click()
    expect(await savedSha256(pdfCopy)).toBe(sha256(runbook.buffer))
    await pdfDialog.getByRole('button', { name: 'Close' }).click()
    await expect(pdfDialog).toBeHidden()

    // In Bo's locker every item's bytes are checked again against the SHA-256 Ana recorded.
    const locker = new EvidenceLockerPage(bo.page)
    await locker.open()
    await expect(locker.items).toHaveCount(2)
    for (const file of [dashboard, runbook])
      await expect(locker.hash(file.name)).toHaveValue(sha256(file.buffer))
    await locker.verify.click()
    await expect(locker.verifyResult).toHaveText(
      'All 2 items verified: their bytes match the SHA-256 recorded at capture.',
    )
    await expect(teamStatus(bo.page)).toHaveAccessibleName('Team workspace: Synced', SYNC)

    for (const who of people) expect(who.problems, `${who.name}'s page`).toEqual([])
  } finally {
    for (const who of people) await who.context.close()
  }
})
