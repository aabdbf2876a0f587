import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { completeAuditWithEvidence, COMPLETED_AUDIT_IMAGES } from '../fixtures/completed-audit'
import { InterviewPage } from '../pages/interview-page'
import { auditIdOf, ReportTabPage } from '../pages/report-tab-page'
import { readPdf } from '../support/pdf-tools'

/** The completed audit of Northwind Traders with two images and a PDF as evidence; its id. */
async function completedAudit(page: Page): Promise<string> {
  await completeAuditWithEvidence(page)
  return auditIdOf(page)
}

test('the Report tab shows the report as it will print, and follows changes made elsewhere', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  const auditId = await completedAudit(page)
  const report = new ReportTabPage(page)
  await report.goto(auditId)

  const doc = report.document
  await expect(
    doc.getByRole('heading', { name: 'Engineering Practices Audit', level: 1 }),
  ).toBeVisible()
  await expect(doc.getByText('Northwind Traders').first()).toBeVisible()
  await expect(doc.getByRole('heading', { name: 'Findings and action plan' })).toBeAttached()
  await expect(doc.getByRole('table').first()).toBeAttached()
  await expect(doc.getByRole('img', { name: /on-call-dashboard|escalation-diagram/ })).toHaveCount(
    COMPLETED_AUDIT_IMAGES.length,
  )
  await expect(doc.getByText('Observed for question 9.').first()).toBeAttached()

  // The contents link to their headings inside the preview, not to another screen.
  await report.contentsLink('Findings and action plan').click()
  await expect(doc.getByRole('heading', { name: 'Findings and action plan' })).toBeInViewport()
  await expect(page).toHaveURL(new RegExp(`#/audits/${auditId}/report$`))

  // A note changed in another window of the app shows in the preview without a reload.
  const other = await context.newPage()
  await other.goto(`/#/audits/${auditId}/interview`)
  const notes = new InterviewPage(other).notes
  await notes.fill('Rewritten while the preview was open.')
  await notes.press('Escape')
  await expect(doc.getByText('Rewritten while the preview was open.').first()).toBeAttached()
  await other.close()
})

test('the print view prints to a PDF with every chapter, the client, the page numbers and each image', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const auditId = await completedAudit(page)

  // The chapters as the preview shows them: the same model the print view renders.
  const report = new ReportTabPage(page)
  await report.goto(auditId)
  await expect(
    report.document.getByRole('heading', { name: 'Findings and action plan' }),
  ).toBeAttached()
  const chapters = await report.document.locator('h2.report-doc__heading--1').allInnerTexts()
  expect(chapters.length).toBeGreaterThanOrEqual(5)

  await page.goto(`/#/audits/${auditId}/report/print`)
  await expect(page.locator('[data-report-ready="true"]')).toBeAttached({ timeout: 30_000 })
  // Only the document: none of the app's chrome.
  await expect(page.getByRole('link', { name: '← Audits' })).toHaveCount(0)
  await expect(page).toHaveTitle('Engineering Practices Audit')

  // Playwright's page.pdf is Chromium's print engine, as Electron's printToPDF.
  const bytes = await page.pdf({
    width: `${11906 / 1440}in`,
    height: `${16838 / 1440}in`,
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
  })
  const read = await readPdf(bytes)

  for (const chapter of chapters) expect(read.text).toContain(chapter)
  expect(read.text).toContain('Northwind Traders')
  expect(read.text).toContain('Observed for question 9.')
  // The running footer, from the second page on.
  expect(read.text).toMatch(new RegExp(`Page 2 of ${read.pages}`))
  expect(read.pages).toBeGreaterThanOrEqual(6)
  expect(read.pages).toBeLessThanOrEqual(40)
  // A4 is 595 × 842 points.
  expect(read.pageSize.width).toBeCloseTo(595.3, 0)
  expect(read.pageSize.height).toBeCloseTo(841.9, 0)
  expect(read.info['Title']).toBe('Engineering Practices Audit')
  expect(read.info['Tagged']).toBe('yes')
  // Each evidence image, at its own size (the page rendition of a small image is the image).
  const embedded = read.images.map((image) => `${image.width}×${image.height}`).sort()
  expect(embedded).toEqual(['200×140', '240×160'])
})
