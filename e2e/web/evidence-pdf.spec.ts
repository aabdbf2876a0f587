import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { startInterview } from '../fixtures/evidence-interview'
import { BAND_HEIGHT_SHARE, damagedPdf, fixturePdf } from '../fixtures/pdf'
import { PdfViewerPanel } from '../pages/evidence-page'

// A high-density screen: the page must be drawn with two device pixels per CSS pixel.
test.use({ deviceScaleFactor: 2 })

const BLUE: [number, number, number] = [31, 95, 139]
const GREEN: [number, number, number] = [46, 125, 79]
const RED: [number, number, number] = [180, 35, 24]
const review = fixturePdf('quarterly-review.pdf', [
  { title: 'Quarterly review', band: BLUE },
  { title: 'On-call findings', band: GREEN },
  { title: 'Actions', band: RED },
])

/** The colour of the band across the top of the page now drawn, where no text covers it. */
const bandColour = (viewer: PdfViewerPanel) => viewer.colourAt(0.97, BAND_HEIGHT_SHARE / 2)

const pdfWorkers = (page: Page) => page.workers().filter((w) => w.url().includes('pdf.worker'))

/** The three-page review attached to the first question and open in the viewer. */
async function openReview(page: Page) {
  const { evidence } = await startInterview(page)
  await evidence.attach(review)
  await evidence.tile('quarterly-review.pdf').click()
  const dialog = page.getByRole('dialog', { name: 'quarterly-review.pdf' })
  const viewer = new PdfViewerPanel(dialog)
  await expect(viewer.pageCount).toHaveText('Page 1 of 3')
  return { dialog, viewer }
}

test('a PDF is drawn page by page in the app’s own viewer, with page keys and sharp pixels', async ({
  page,
}) => {
  const { viewer } = await openReview(page)

  await expect(viewer.pageImage('Page 1 of 3 of quarterly-review.pdf')).toBeVisible()
  await expect.poll(() => bandColour(viewer)).toEqual(BLUE)
  // The title and the line under the band are drawn too, not only the band.
  expect(await viewer.inkedShare()).toBeGreaterThan(0.1)
  // Drawn at the screen's density: twice as many canvas pixels as CSS pixels.
  const density = await viewer.canvas.evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth)
  expect(density).toBeCloseTo(2, 1)
  await expect(viewer.previous).toBeDisabled()

  await viewer.next.click()
  await expect(viewer.pageCount).toHaveText('Page 2 of 3')
  await expect(viewer.pageImage('Page 2 of 3 of quarterly-review.pdf')).toBeVisible()
  await expect.poll(() => bandColour(viewer)).toEqual(GREEN)

  // Keys, from wherever focus is in the dialog (it opens on Close).
  await page.keyboard.press('End')
  await expect(viewer.pageCount).toHaveText('Page 3 of 3')
  await expect.poll(() => bandColour(viewer)).toEqual(RED)
  await expect(viewer.next).toBeDisabled()
  await page.keyboard.press('ArrowLeft')
  await expect(viewer.pageCount).toHaveText('Page 2 of 3')
  await page.keyboard.press('Home')
  await expect(viewer.pageCount).toHaveText('Page 1 of 3')
  await page.keyboard.press('ArrowRight')
  await expect(viewer.pageCount).toHaveText('Page 2 of 3')
})

test('the PDF viewer zooms by button and key, and closing it ends pdf.js’s worker', async ({
  page,
}) => {
  const { dialog, viewer } = await openReview(page)
  await viewer.next.click()
  await expect(viewer.pageCount).toHaveText('Page 2 of 3')
  await expect.poll(() => bandColour(viewer)).toEqual(GREEN)

  // Fit width fills the stage; zooming in makes the page wider than it, 0 fits it again.
  const widths = () =>
    viewer.stage.evaluate((stage) => {
      const canvas = stage.querySelector('canvas')!
      const style = getComputedStyle(stage)
      const inner =
        stage.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      return { page: canvas.getBoundingClientRect().width, stage: inner }
    })
  await expect(viewer.fitWidth).toHaveAttribute('aria-pressed', 'true')
  const fitted = await widths()
  expect(Math.abs(fitted.page - fitted.stage)).toBeLessThan(2)
  const fitZoom = await viewer.zoomLevel.textContent()
  await viewer.zoomIn.click()
  await expect(viewer.fitWidth).toHaveAttribute('aria-pressed', 'false')
  await expect(viewer.zoomLevel).not.toHaveText(fitZoom!)
  await expect.poll(async () => (await widths()).page).toBeGreaterThan(fitted.stage + 10)
  await expect.poll(() => bandColour(viewer)).toEqual(GREEN)
  await page.keyboard.press('-')
  await page.keyboard.press('-')
  await expect.poll(async () => (await widths()).page).toBeLessThan(fitted.stage - 10)
  await page.keyboard.press('0')
  await expect(viewer.fitWidth).toHaveAttribute('aria-pressed', 'true')
  await expect(viewer.zoomLevel).toHaveText(fitZoom!)

  await expectNoSeriousA11yViolations(page)

  // Closing ends pdf.js's worker with the document.
  expect(pdfWorkers(page)).toHaveLength(1)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => pdfWorkers(page).length).toBe(0)
})

test('a damaged PDF says it cannot be shown, and a copy can still be saved', async ({ page }) => {
  const { evidence } = await startInterview(page)
  const broken = damagedPdf('board-minutes.pdf', review)
  await evidence.attach(broken)
  await evidence.tile('board-minutes.pdf').click()
  const dialog = page.getByRole('dialog', { name: 'board-minutes.pdf' })
  const viewer = new PdfViewerPanel(dialog)

  await expect(viewer.problem).toHaveText(
    'This file is damaged or is not a PDF, so the app cannot show it. Save a copy to try it in your PDF reader.',
  )
  await expect(viewer.canvas).toHaveCount(0)
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Save a copy' }).click()
  const saved = await readFile(await (await download).path())
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
  expect(sha256(saved)).toBe(sha256(broken.buffer))
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect.poll(() => pdfWorkers(page).length).toBe(0)
})
