import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { electronBinary, launchApp, SKIP_REASON } from '../support/electron-app'
import { readPdf } from '../support/pdf-tools'

test.describe('desktop app: Export PDF', () => {
  test.skip(electronBinary === undefined, SKIP_REASON)

  let userData: string
  let app: ElectronApplication
  let page: Page

  test.beforeEach(async () => {
    userData = await mkdtemp(path.join(tmpdir(), 'audit-workbook-e2e-'))
    app = await launchApp(userData)
    page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
  })

  test.afterEach(async () => {
    await app?.close()
    await rm(userData, { recursive: true, force: true })
  })

  const go = (hash: string) =>
    page.evaluate((h) => {
      window.location.hash = h
    }, hash)

  test('prints the report in a hidden window with printToPDF and saves it where the user chose', async () => {
    test.setTimeout(120_000)
    await go('#/welcome')
    await page.getByLabel('Your name').fill('Ana Ruiz')
    await page.getByLabel('Firm').fill('Ruiz Consulting')
    await page.getByRole('button', { name: 'Continue' }).click()
    await go('#/audits/new')
    await page.getByLabel('Client organisation').fill('Northwind Traders')
    await page.getByLabel('System or team audited').fill('Payments platform')
    await page.getByRole('button', { name: 'Create audit' }).click()
    await page.waitForURL(/#\/audits\/[^/]+\/interview/)
    await page.keyboard.press('1')
    const auditId = /#\/audits\/([^/]+)\//.exec(page.url())?.[1] ?? ''
    await go(`#/audits/${auditId}/report`)

    // The save dialog answers with a path, as a user choosing a file would.
    const target = path.join(userData, 'Northwind report.pdf')
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as never
    }, target)
    await page.getByRole('button', { name: 'Export PDF' }).click()
    await expect(page.getByText('The report was saved as Northwind report.pdf.')).toBeVisible({
      timeout: 60_000,
    })

    const read = await readPdf(new Uint8Array(await readFile(target)))
    expect(read.text).toContain('Northwind Traders')
    expect(read.text).toContain('Findings and action plan')
    expect(read.text).toMatch(new RegExp(`Page 2 of ${read.pages}`))
    expect(read.pageSize.width).toBeCloseTo(595.3, 0)
    expect(read.info['Tagged']).toBe('yes')
    // The hidden print window is gone: only the app's window is left.
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)
    expect(windows).toBe(1)
  })
})
