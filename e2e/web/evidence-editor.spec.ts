import { unzipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { inAppDatabase } from '../fixtures/app-database'
import { startInterview } from '../fixtures/evidence-interview'
import { ExportReportDialog } from '../pages/export-report-dialog'
import { ImageEditorDialog } from '../pages/image-editor-page'
import { join } from 'node:path'
import { fixtureFile, type FixtureFile } from '../pages/evidence-page'

const WIDTH = 800
const HEIGHT = 600

/**
 * A screenshot with detail in every pixel (stripes of changing colour, like rows of text), made
 * by the page's own canvas: whatever region is redacted held something else before.
 */
async function patternScreenshot(page: Page): Promise<FixtureFile> {
  const base64 = await page.evaluate(
    async ({ width, height }) => {
      const canvas = new OffscreenCanvas(width, height)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no canvas')
      for (let y = 0; y < height; y += 2) {
        context.fillStyle = `rgb(${(y * 3) % 256}, ${200 - ((y * 5) % 120)}, ${255 - (y % 200)})`
        context.fillRect(0, y, width, 1)
        context.fillStyle = '#ffffff'
        context.fillRect(0, y + 1, width, 1)
      }
      const bytes = new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer())
      let binary = ''
      for (const byte of bytes) binary += String.fromCharCode(byte)
      return btoa(binary)
    },
    { width: WIDTH, height: HEIGHT },
  )
  return { name: 'rota.png', mimeType: 'image/png', buffer: Buffer.from(base64, 'base64') }
}

/** The stored bytes of each item of the audit, by file name: its original and page rendition. */
function storedImages(page: Page) {
  return inAppDatabase(page, async (db, idb) => {
    const tx = db.transaction(['evidence', 'evidenceBlobs'], 'readonly')
    const items = (await idb.settle(tx.objectStore('evidence').getAll())) as Array<{
      id: string
      fileName: string
      derivation?: { fromId: string; edits: unknown[] }
    }>
    // Every row read in the transaction, the bytes read after it (a Blob outlives it).
    const rows = (await idb.settle(tx.objectStore('evidenceBlobs').getAll())) as Array<{
      evidenceId: string
      role: string
      blob: Blob
    }>
    const bytes = async (id: string, role: string) => {
      const row = rows.find((r) => r.evidenceId === id && r.role === role)
      if (!row) return ''
      let binary = ''
      for (const byte of new Uint8Array(await row.blob.arrayBuffer()))
        binary += String.fromCharCode(byte)
      return btoa(binary)
    }
    const out = []
    for (const item of items) {
      out.push({
        fileName: item.fileName,
        derivation: item.derivation,
        original: await bytes(item.id, 'original'),
        page: await bytes(item.id, 'page'),
      })
    }
    return out
  }).then((items) =>
    items.map((item) => ({
      ...item,
      original: Buffer.from(item.original, 'base64'),
      page: Buffer.from(item.page, 'base64'),
    })),
  )
}

/**
 * Decodes an image in the page and reports its size, how many pixels of `rect` are not opaque
 * black, and the pixels at `samples`.
 */
function inspectImage(
  page: Page,
  bytes: Uint8Array,
  rect: { x: number; y: number; width: number; height: number },
  samples: Array<[number, number]>,
) {
  return page.evaluate(
    async ({ base64, rect, samples }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([data]))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no canvas')
      context.drawImage(bitmap, 0, 0)
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data
      const at = (x: number, y: number) =>
        Array.from(pixels.slice((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 4))
      let notBlack = 0
      for (let y = rect.y; y < rect.y + rect.height; y++)
        for (let x = rect.x; x < rect.x + rect.width; x++)
          if (at(x, y).join() !== '0,0,0,255') notBlack++
      return {
        width: bitmap.width,
        height: bitmap.height,
        notBlack,
        samples: samples.map(([x, y]) => at(x, y)),
      }
    },
    { base64: Buffer.from(bytes).toString('base64'), rect, samples },
  )
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i])

test('a region redacted by keyboard alone is black in the derived image and in the client report', async ({
  page,
}) => {
  const { evidence, locker } = await startInterview(page)
  const screenshot = await patternScreenshot(page)
  await evidence.paste(screenshot)
  await expect(evidence.tile('Screenshot ')).toBeVisible()

  // Open the editor, pick the redaction tool, place and size the box, apply, save: keys only.
  await evidence.region.getByRole('button', { name: /^Edit \/ redact Screenshot / }).focus()
  await page.keyboard.press('Enter')
  const editor = new ImageEditorDialog(page)
  await expect(editor.canvas).toBeVisible()
  await expect(editor.stage).toBeFocused()
  await expectNoSeriousA11yViolations(page)
  await editor.press('r')
  await expect(editor.tool('Redact')).toHaveAttribute('aria-pressed', 'true')
  // A centred quarter (200 × 150 at 300, 225); a step is 1% of the long edge, 8 px.
  await expect(editor.status).toHaveText(/^Selection 200 × 150 at 300, 225\./)
  await editor.press('ArrowLeft', 'ArrowLeft', 'ArrowUp', 'Shift+ArrowRight', 'Shift+ArrowDown')
  await expect(editor.status).toHaveText(/^Selection 208 × 158 at 284, 217\./)
  await editor.press('Enter')
  await expect(editor.status).toHaveText('Redacted 1 region. Image 800 × 600.')
  await editor.press('Control+s')
  await expect(editor.dialog).toBeHidden()
  await expect(
    page.getByText(/^Saved “Screenshot .* \(redacted\)\.png” beside the original\.$/),
  ).toBeVisible()

  // The question's tiles say which is which, and the original is marked internal from here.
  await expect(evidence.tiles).toHaveCount(2)
  const version = evidence.tile('(redacted).png')
  const asCaptured = evidence.tiles.filter({ hasNotText: '(redacted)' })
  await expect(version).toHaveAccessibleName(/ \(redacted\)$/)
  await expect(asCaptured).toHaveAccessibleName(/ \(original\)$/)
  await asCaptured.click()
  const preview = page.getByRole('dialog', { name: /^Screenshot / })
  await preview.getByRole('button', { name: 'Internal' }).click()
  await expect(preview.getByRole('button', { name: 'Internal' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.keyboard.press('Escape')
  await expect(asCaptured).toHaveAccessibleName(/ \(original\) \(internal\)$/)

  await locker.open()
  await expect(locker.items).toHaveCount(2)
  const stored = await storedImages(page)
  const original = stored.find((s) => !s.derivation)
  const derived = stored.find((s) => s.derivation)
  if (!original || !derived) throw new Error('expected the original and its redacted version')
  expect(derived.fileName).toMatch(/^Screenshot .* \(redacted\)\.png$/)
  await expect(locker.item(derived.fileName)).toBeVisible()
  expect(sameBytes(screenshot.buffer, original.original)).toBe(true)
  // The redacted file is made anew, not the original with something laid over it: past the PNG
  // header they share (same size), no 256-byte run of the captured file is in it.
  const runs = []
  for (let at = 64; at + 256 <= screenshot.buffer.length; at += 256)
    runs.push(screenshot.buffer.subarray(at, at + 256))
  expect(runs.length).toBeGreaterThan(10)
  expect(runs.filter((run) => derived.original.indexOf(run) !== -1)).toHaveLength(0)
  expect(derived.derivation?.edits).toEqual([
    { op: 'redact', rect: { x: 284, y: 217, width: 208, height: 158 }, color: '#000000' },
  ])

  const report = await new ExportReportDialog(page).exportWord('Client edition')
  const media = Object.entries(unzipSync(report)).filter(([path]) => path.startsWith('word/media/'))
  const redacted = media.find(([, bytes]) => sameBytes(bytes, derived.page))
  expect(redacted, 'the derived image is in the report as it is in the locker').toBeDefined()
  const region = { x: 284, y: 217, width: 208, height: 158 }
  // Outside the box, and its corner just outside: as captured.
  const outside: Array<[number, number]> = [
    [10, 10],
    [283, 216],
    [492, 375],
  ]
  const inReport = await inspectImage(page, redacted?.[1] ?? new Uint8Array(), region, outside)
  const captured = await inspectImage(page, screenshot.buffer, region, outside)
  expect([inReport.width, inReport.height]).toEqual([WIDTH, HEIGHT])
  expect(inReport.notBlack, 'pixels of the redacted region that are not the box colour').toBe(0)
  expect(captured.notBlack).toBe(region.width * region.height)
  expect(inReport.samples).toEqual(captured.samples)

  // The report carries the redacted version in the original's place: neither the original's
  // bytes nor its rendition are in any part (this needs the report to use derived versions).
  const parts = Object.values(unzipSync(report))
  expect(parts.some((bytes) => sameBytes(bytes, original.original))).toBe(false)
  expect(parts.some((bytes) => sameBytes(bytes, original.page))).toBe(false)
})

test('a page of a PDF is redacted as an image, and the PDF stays in the locker as it was', async ({
  page,
}) => {
  const runbook = fixtureFile(
    join(import.meta.dirname, '../fixtures/files/runbook.pdf'),
    'application/pdf',
  )
  const { evidence, locker } = await startInterview(page)
  await evidence.attach(runbook)
  await evidence.tile('runbook.pdf').click()
  const preview = page.getByRole('dialog', { name: 'runbook.pdf' })
  // The page on screen first, as a person sees it before choosing to redact it.
  await expect(preview.getByRole('region', { name: 'runbook.pdf, page 1 of 1' })).toHaveAttribute(
    'aria-busy',
    'false',
  )
  await preview.getByRole('button', { name: 'Redact this page' }).click()

  const editor = new ImageEditorDialog(page)
  await expect(editor.dialog).toHaveAccessibleName('Edit or redact “runbook.pdf”, page 1')
  await expect(editor.canvas).toBeVisible()
  await editor.press('r', 'Enter')
  await expect(editor.status).toHaveText(/^Redacted 1 region\. Image \d+ × \d+\.$/)
  // Leaving with an edit not saved asks first.
  await editor.press('Escape')
  const discard = page.getByRole('dialog', { name: 'Discard your edits?' })
  await discard.getByRole('button', { name: 'Keep editing' }).click()
  await expect(discard).toBeHidden()
  await expect(editor.dialog).toBeVisible()
  await editor.stage.focus()
  await editor.press('Control+s')
  await expect(editor.dialog).toBeHidden()
  await expect(
    page.getByText('Saved “runbook page 1 (redacted).png” beside the original.'),
  ).toBeVisible()
  await preview.getByRole('button', { name: 'Close' }).click()

  await locker.open()
  await expect(locker.items).toHaveCount(2)
  await expect(locker.item('runbook.pdf')).toContainText('PDF document')
  await expect(locker.item('runbook page 1 (redacted).png')).toContainText('PNG image')
  const stored = await storedImages(page)
  const pdf = stored.find((s) => s.fileName === 'runbook.pdf')
  const derived = stored.find((s) => s.derivation)
  expect(pdf && sameBytes(pdf.original, runbook.buffer)).toBe(true)
  expect(derived?.derivation?.edits[0]).toEqual({ op: 'pdf-page', page: 1, scale: 2 })
  expect(derived?.derivation?.edits[1]).toMatchObject({ op: 'redact', color: '#000000' })
})
