import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { inAppDatabase } from '../fixtures/app-database'
import { evidenceRows, failEvidenceBlobWrites, installQuotaFailure } from '../fixtures/evidence-db'
import { Q1, startInterview } from '../fixtures/evidence-interview'
import { fixtureFile, PdfViewerPanel, type FixtureFile } from '../pages/evidence-page'

const FILES = join(import.meta.dirname, '../fixtures/files')
const dashboard = fixtureFile(join(FILES, 'on-call-dashboard.png'), 'image/png')
const runbook = fixtureFile(join(FILES, 'runbook.pdf'), 'application/pdf')
const serverRoom = fixtureFile(join(FILES, 'server-room.png'), 'image/png')
const diagram = fixtureFile(join(FILES, 'escalation-diagram.png'), 'image/png')

const sha256 = (file: FixtureFile | Buffer) =>
  createHash('sha256')
    .update(Buffer.isBuffer(file) ? file : file.buffer)
    .digest('hex')

const Q2 = 'What happens when the on-call person is stuck and panicking?'

test('files from the picker, a drop and a pasted screenshot are kept with their SHA-256 across a reload', async ({
  page,
}) => {
  const { evidence, locker } = await startInterview(page)

  await evidence.attach(dashboard, runbook)
  await expect(evidence.tile('on-call-dashboard.png')).toBeVisible()
  await expect(evidence.tile('runbook.pdf')).toBeVisible()
  await evidence.drop(serverRoom)
  await expect(evidence.tile('server-room.png')).toBeVisible()
  await evidence.paste(diagram)
  await expect(evidence.tile('Screenshot ')).toBeVisible()
  await expect(evidence.tiles).toHaveCount(4)
  // Images get a thumbnail rendition at once.
  await expect(evidence.tile('on-call-dashboard.png').locator('img')).toHaveJSProperty(
    'complete',
    true,
  )

  await page.reload()
  await expect(evidence.tiles).toHaveCount(4)
  await locker.open()
  await expect(locker.items).toHaveCount(4)
  await expect(locker.count).toHaveText('4 items')
  for (const file of [dashboard, runbook, serverRoom]) {
    await expect(locker.hash(file.name)).toHaveValue(sha256(file))
  }
  const screenshot = locker.items.filter({
    has: page.getByRole('heading', { name: /^Screenshot / }),
  })
  await expect(screenshot.getByLabel(/^SHA-256 of Screenshot /)).toHaveValue(sha256(diagram))
  await expect(locker.item('runbook.pdf')).toContainText('PDF document')
  await expect(locker.item('runbook.pdf')).toContainText('610 bytes')
  await expect(locker.item('runbook.pdf')).toContainText('by Ana Ruiz')
  await expect(locker.item('runbook.pdf').getByRole('link', { name: `Q1 · ${Q1}` })).toBeVisible()

  const rows = await evidenceRows(page)
  expect(rows).toMatchObject({ items: 4, itemsWithoutBytes: 0, bytesWithoutItem: 0 })
  // Three images with two renditions each, one PDF with none.
  expect(rows.blobs).toBe(4 + 3 * 2)
})

test('an image opens large, a PDF in its viewer, and a saved copy has the original bytes', async ({
  page,
}) => {
  const { evidence } = await startInterview(page)
  await evidence.attach(dashboard, runbook)

  await evidence.tile('on-call-dashboard.png').click()
  const imageDialog = page.getByRole('dialog', { name: 'on-call-dashboard.png' })
  await expect(imageDialog.getByRole('img', { name: 'on-call-dashboard.png' })).toBeVisible()
  await expect(
    imageDialog.getByLabel('SHA-256 of on-call-dashboard.png', { exact: true }),
  ).toHaveValue(sha256(dashboard))
  const download = page.waitForEvent('download')
  await imageDialog.getByRole('button', { name: 'Save a copy' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toBe('on-call-dashboard.png')
  expect(sha256(await readFile(await saved.path()))).toBe(sha256(dashboard))
  await imageDialog.getByRole('button', { name: 'Close' }).click()
  await expect(imageDialog).toBeHidden()

  await evidence.tile('runbook.pdf').click()
  const pdfDialog = page.getByRole('dialog', { name: 'runbook.pdf' })
  // Drawn by the app's own viewer (pdf.js), in a browser as in the desktop app.
  const viewer = new PdfViewerPanel(pdfDialog)
  await expect(viewer.pageCount).toHaveText('Page 1 of 1')
  await expect(viewer.pageImage('Page 1 of 1 of runbook.pdf')).toBeVisible()
  const pdfDownload = page.waitForEvent('download')
  await pdfDialog.getByRole('button', { name: 'Save a copy' }).click()
  expect(sha256(await readFile(await (await pdfDownload).path()))).toBe(sha256(runbook))
  await page.keyboard.press('Escape')
  await expect(pdfDialog).toBeHidden()
})

test('delete with undo, a caption edited, and one item linked to two questions shows on both', async ({
  page,
}) => {
  const { interview, evidence, locker } = await startInterview(page)
  await evidence.attach(dashboard, runbook)
  await expect(evidence.tiles).toHaveCount(2)
  await locker.open()

  await locker.caption('runbook.pdf').fill('Payments runbook, v3')
  await locker.caption('runbook.pdf').press('Enter')
  await locker.linkToQuestion('runbook.pdf', `Q2 · ${Q2}`)
  const links = locker.item('runbook.pdf').getByRole('link')
  await expect(links).toHaveText([`Q1 · ${Q1}`, `Q2 · ${Q2}`])

  await locker.item('on-call-dashboard.png').getByRole('button', { name: 'Delete' }).click()
  await expect(locker.items).toHaveCount(1)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(locker.items).toHaveCount(2)

  // Filter by question: the dashboard supports only the first.
  await locker.filter('Question').selectOption({ label: `Q2 · ${Q2}` })
  await expect(locker.items).toHaveCount(1)
  await expect(locker.count).toHaveText('1 of 2 items')
  await locker.filter('Question').selectOption({ label: 'All questions' })
  await locker.filter('Type').selectOption({ label: 'Images and screenshots' })
  await expect(locker.items).toHaveCount(1)
  await expect(locker.item('on-call-dashboard.png')).toBeVisible()
  await locker.filters.getByRole('button', { name: 'Clear filters' }).click()

  await links.nth(1).click()
  await expect(interview.prompt).toHaveText(Q2)
  await expect(evidence.tiles).toHaveCount(1)
  await expect(evidence.tile('Payments runbook, v3')).toBeVisible()
  await page.keyboard.press('k')
  await expect(interview.prompt).toHaveText(Q1)
  await expect(evidence.tiles).toHaveCount(2)

  // Unlinked from the first question, it still supports the second.
  await page.reload()
  await locker.open()
  await locker
    .item('runbook.pdf')
    .getByRole('button', { name: 'Unlink runbook.pdf from Q1' })
    .click()
  await expect(links).toHaveText([`Q2 · ${Q2}`])
})

const big: FixtureFile = {
  name: 'network-capture.pcap',
  mimeType: 'application/octet-stream',
  buffer: Buffer.alloc(2 * 1024 * 1024, 7),
}

/** Settings → "Largest evidence file" 1 MB, then back to the screen the test was on. */
async function limitEvidenceToOneMegabyte(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByLabel('Largest evidence file (MB)').fill('1')
  await page.getByRole('button', { name: 'Save limit' }).click()
  await expect(page.getByText('Evidence files up to 1 MB are accepted.')).toBeVisible()
  await page.goBack()
}

test('an oversized file and a full disk are refused with a message and leave no partial record', async ({
  page,
}) => {
  await installQuotaFailure(page)
  const { interview, evidence, locker } = await startInterview(page)

  await limitEvidenceToOneMegabyte(page)
  await expect(interview.prompt).toHaveText(Q1)

  await evidence.attach(big)
  await expect(evidence.problems).toContainText(
    // Refused by the open dialog's size check, before a byte of it is read.
    '“network-capture.pcap” is 2 MB, larger than the 1 MB allowed for an evidence file (Settings can raise the limit). Nothing was opened; choose a smaller file.',
  )
  expect(await evidenceRows(page)).toMatchObject({ items: 0, blobs: 0 })

  await failEvidenceBlobWrites(page, true)
  await evidence.attach(dashboard)
  await expect(evidence.problems).toContainText(
    'There is not enough storage space to keep “on-call-dashboard.png”. Nothing was added.',
  )
  expect(await evidenceRows(page)).toMatchObject({ items: 0, blobs: 0 })
  await expect(evidence.tiles).toHaveCount(0)

  // Once there is room again, the same file goes in whole.
  await failEvidenceBlobWrites(page, false)
  await evidence.problems.getByRole('button', { name: 'Dismiss' }).click()
  await expect(evidence.problems).toBeHidden()
  await evidence.attach(dashboard)
  await expect(evidence.tiles).toHaveCount(1)
  expect(await evidenceRows(page)).toMatchObject({
    items: 1,
    blobs: 3,
    itemsWithoutBytes: 0,
    bytesWithoutItem: 0,
  })
  await locker.open()
  await expect(locker.items).toHaveCount(1)
})

test('a file over the limit in a choice of several is left out, and the others are added', async ({
  page,
}) => {
  const { interview, evidence } = await startInterview(page)
  await limitEvidenceToOneMegabyte(page)
  await expect(interview.prompt).toHaveText(Q1)

  await evidence.attach(big, dashboard)
  await expect(evidence.problems).toContainText(
    '“network-capture.pcap” (2 MB) was left out, larger than the 1 MB allowed for an evidence file (Settings can raise the limit). The other files were opened.',
  )
  await expect(evidence.tiles).toHaveCount(1)
  await expect(evidence.tiles.first()).toContainText('on-call-dashboard.png')
  expect(await evidenceRows(page)).toMatchObject({ items: 1, itemsWithoutBytes: 0 })
})

test('verify evidence reports bytes changed behind the app’s back', async ({ page }) => {
  const { evidence, locker } = await startInterview(page)
  await evidence.attach(dashboard, runbook)
  await expect(evidence.tiles).toHaveCount(2)
  await locker.open()
  await locker.verify.click()
  await expect(locker.verifyResult).toHaveText(
    'All 2 items verified: their bytes match the SHA-256 recorded at capture.',
  )

  // Tamper with the stored PDF directly in IndexedDB.
  await inAppDatabase(page, async (db, idb) => {
    const tx = db.transaction(['evidence', 'evidenceBlobs'], 'readwrite')
    const items = await idb.settle(tx.objectStore('evidence').getAll())
    const pdf = items.find((i: { fileName: string }) => i.fileName === 'runbook.pdf')
    const store = tx.objectStore('evidenceBlobs')
    const row = await idb.settle(store.get([pdf.id, 'original']))
    await idb.settle(store.put({ ...row, blob: new Blob(['%PDF-1.4 forged']) }))
    await idb.committed(tx)
  })
  await locker.verify.click()
  await expect(locker.verifyResult).toContainText('1 of 2 items failed verification')
  await expect(locker.verifyResult).toContainText('runbook.pdf — its bytes changed since capture')
})

test('a verified answer shows its evidence, and a requested file ticks its request off', async ({
  page,
}) => {
  const { evidence } = await startInterview(page)
  await page.getByRole('button', { name: 'Verified with evidence' }).click()
  await expect(page.getByText('No evidence attached yet')).toBeVisible()

  await page.getByLabel('Request evidence from the client').fill('Export of the on-call rota')
  await page.getByRole('button', { name: 'Add request' }).click()
  await expect(page.getByText('1 still missing')).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Attach file for: Export of the on-call rota' }).click()
  await (await chooser).setFiles(runbook)

  await expect(evidence.tile('Export of the on-call rota')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /Export of the on-call rota/ })).toBeChecked()
  await expect(page.getByText('all received')).toBeVisible()
  await expect(page.getByText('Backed by Export of the on-call rota')).toBeVisible()
})

test('a screenshot on the clipboard is added with Ctrl+V and with the button; text is refused', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const { evidence, locker } = await startInterview(page)
  const copyImage = () =>
    page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const image = new Blob([bytes], { type: 'image/png' })
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': image })])
    }, diagram.buffer.toString('base64'))

  await copyImage()
  await page.getByRole('heading', { level: 2 }).first().click()
  await page.keyboard.press('ControlOrMeta+V')
  await expect(evidence.tiles).toHaveCount(1)
  await copyImage()
  await evidence.pasteScreenshot.click()
  await expect(evidence.tiles).toHaveCount(2)

  await page.evaluate(() => navigator.clipboard.writeText('just some text'))
  await evidence.pasteScreenshot.click()
  await expect(page.getByText('The clipboard holds no image.')).toBeVisible()
  await expect(evidence.tiles).toHaveCount(2)
  await locker.open()
  await expect(locker.items).toHaveCount(2)
  // The clipboard re-encodes what it holds: the bytes are the browser's PNG, checked on read back.
  for (const hash of await locker.items.getByLabel(/^SHA-256 of Screenshot /).all()) {
    await expect(hash).toHaveValue(/^[0-9a-f]{64}$/)
  }
  // "Copy" puts the full value on the clipboard.
  const first = locker.items.first()
  await first.getByRole('button', { name: /^Copy the SHA-256 of / }).click()
  await expect(page.getByText('SHA-256 copied.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await first.getByLabel(/^SHA-256 of /).inputValue(),
  )
})

test('a link and a text snippet are kept as the bytes of their text', async ({ page }) => {
  const { evidence, locker } = await startInterview(page)
  const url = 'https://wiki.example.com/payments/on-call'
  await evidence.addLink.click()
  const linkDialog = page.getByRole('dialog', { name: 'Add a link' })
  await linkDialog.getByLabel('Address').fill('wiki.example.com')
  await linkDialog.getByRole('button', { name: 'Add link' }).click()
  await expect(linkDialog.getByText('Enter a full address')).toBeVisible()
  await linkDialog.getByLabel('Address').fill(url)
  await linkDialog.getByLabel('Title').fill('On-call wiki page')
  await linkDialog.getByRole('button', { name: 'Add link' }).click()
  await expect(evidence.tile('On-call wiki page')).toBeVisible()

  const snippet = 'escalation:\n  after: 15m\n  to: payments-lead\n'
  await evidence.addSnippet.click()
  const snippetDialog = page.getByRole('dialog', { name: 'Add a text snippet' })
  await snippetDialog.getByLabel('Title').fill('Escalation policy')
  await snippetDialog.getByLabel('Text').fill(snippet)
  await snippetDialog.getByRole('button', { name: 'Add snippet' }).click()
  await evidence.tile('Escalation policy').click()
  await expect(page.getByRole('dialog', { name: 'Escalation policy' }).locator('pre')).toHaveText(
    snippet,
  )
  await page.keyboard.press('Escape')

  await locker.open()
  await expect(locker.hash('On-call wiki page')).toHaveValue(sha256(Buffer.from(url)))
  await expect(locker.hash('Escalation policy')).toHaveValue(sha256(Buffer.from(snippet)))
  await expect(locker.item('On-call wiki page')).toContainText(url)
})

test('twenty photos dropped at once show progress and all arrive', async ({ page }) => {
  const { evidence, locker } = await startInterview(page)
  const dataTransfer = await page.evaluateHandle(async () => {
    const transfer = new DataTransfer()
    for (let i = 1; i <= 20; i++) {
      const canvas = new OffscreenCanvas(1200, 900)
      const context = canvas.getContext('2d')!
      context.fillStyle = `hsl(${i * 18} 50% 60%)`
      context.fillRect(0, 0, 1200, 900)
      context.fillStyle = '#fff'
      context.font = '120px sans-serif'
      context.fillText(`Photo ${i}`, 100, 450)
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
      transfer.items.add(new File([blob], `photo-${String(i).padStart(2, '0')}.jpg`))
    }
    return transfer
  })
  await evidence.region.dispatchEvent('drop', { dataTransfer })
  await expect(evidence.progress).toContainText(/Adding \d+ of 20…/)
  await expect(evidence.tiles).toHaveCount(20, { timeout: 30_000 })
  await expect(evidence.progress).toHaveText('')
  await locker.open()
  await expect(locker.count).toHaveText('20 items')
})

test('preview URLs are revoked once nothing shows them', async ({ page }) => {
  await page.addInitScript(() => {
    const live = new Set<string>()
    const create = URL.createObjectURL.bind(URL)
    const revoke = URL.revokeObjectURL.bind(URL)
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object)
      live.add(url)
      return url
    }
    URL.revokeObjectURL = (url: string) => {
      live.delete(url)
      revoke(url)
    }
    ;(window as unknown as { liveBlobUrls: () => number }).liveBlobUrls = () => live.size
  })
  const { evidence, locker } = await startInterview(page)
  const liveUrls = () =>
    page.evaluate(() => (window as unknown as { liveBlobUrls: () => number }).liveBlobUrls())
  await evidence.attach(dashboard, serverRoom)
  await expect(evidence.tiles.locator('img')).toHaveCount(2)
  expect(await liveUrls()).toBe(2)
  for (let i = 0; i < 5; i++) {
    await evidence.tile('server-room.png').click()
    await expect(page.getByRole('dialog').getByRole('img')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
  }
  await expect.poll(liveUrls).toBe(2)
  await locker.open()
  await expect(locker.items.locator('img')).toHaveCount(2)
  await page.getByRole('link', { name: '← Audits' }).click()
  await expect.poll(liveUrls).toBe(0)
})

test('the locker and the interview with evidence have no serious accessibility violation', async ({
  page,
}) => {
  // Three full axe runs: well within a minute, but not always within the default 30 s on a busy machine.
  test.slow()
  const { evidence, locker } = await startInterview(page)
  await evidence.attach(dashboard, runbook)
  await expect(evidence.tiles).toHaveCount(2)
  await page.getByRole('button', { name: 'Verified with evidence' }).click()
  await expectNoSeriousA11yViolations(page)
  await evidence.tile('on-call-dashboard.png').click()
  await expectNoSeriousA11yViolations(page)
  await page.keyboard.press('Escape')
  await locker.open()
  await expect(locker.items).toHaveCount(2)
  await expectNoSeriousA11yViolations(page)
})
