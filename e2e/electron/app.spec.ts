import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { electronBinary, launchApp, SKIP_REASON } from '../support/electron-app'

// The list reporter shows a skip without its reason: say it once, from the runner, not per worker.
if (electronBinary === undefined && process.env.TEST_WORKER_INDEX === undefined) {
  console.warn(`[electron] skipped: ${SKIP_REASON}`)
}

test.describe('desktop app', () => {
  test.skip(electronBinary === undefined, SKIP_REASON)

  let userData: string
  let app: ElectronApplication
  let page: Page
  const foreignRequests: string[] = []

  test.beforeEach(async () => {
    // A fresh profile per test: IndexedDB lives in userData, so tests never share data.
    foreignRequests.length = 0
    userData = await mkdtemp(path.join(tmpdir(), 'audit-workbook-e2e-'))
    app = await launchApp(userData)
    page = await app.firstWindow()
    page.on('request', (request) => {
      if (!/^(app:\/\/workbook\/|blob:|data:)/.test(request.url()))
        foreignRequests.push(request.url())
    })
    await page.waitForLoadState('domcontentloaded')
  })

  test.afterEach(async () => {
    await app?.close()
    await rm(userData, { recursive: true, force: true })
  })

  test('opens one isolated window on the app origin, using the test profile', async () => {
    await expect(page).toHaveTitle('Audit Workbook')
    expect(page.url()).toMatch(/^app:\/\/workbook\//)
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(
      userData,
    )

    const globals = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>
      return {
        workbook: typeof scope.workbook,
        require: typeof scope.require,
        process: typeof scope.process,
      }
    })
    expect(globals).toEqual({ workbook: 'object', require: 'undefined', process: 'undefined' })

    // One window, and it is the app: nothing else was opened or navigated to.
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((win) => win.webContents.getURL()),
    )
    expect(windows).toHaveLength(1)
    expect(windows[0]).toMatch(/^app:\/\/workbook\//)
  })

  test('shows the library, offline', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/library'
    })
    await expect(page.getByRole('heading', { name: 'Incident Response' }).first()).toBeVisible()
    expect(foreignRequests).toEqual([])
  })
})
