import { execFileSync } from 'node:child_process'
import { chromium, expect, test, type BrowserContext, type TestInfo } from '@playwright/test'
import { AuditFormPage } from '../pages/audit-form-page'
import { InterviewPage } from '../pages/interview-page'
import { ReportTabPage } from '../pages/report-tab-page'
import { SectionEditorPage } from '../pages/section-editor-page'
import { WelcomePage } from '../pages/welcome-page'

/** A persistent browser profile, standing in for the app's userData folder, that can be killed. */
function killableBrowser(baseURL: string | undefined, testInfo: TestInfo) {
  const profile = testInfo.outputPath('profile')
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
    })
  return {
    launch,
    firstPage: async (context: BrowserContext) => context.pages()[0] ?? context.newPage(),
    /** SIGKILL, as a crash or a power cut would: no unload handler runs. */
    kill: async (context: BrowserContext) => {
      execFileSync('pkill', ['-KILL', '-f', profile])
      await context.close().catch(() => {})
    },
  }
}

/**
 * The app killed outright, with no chance to run unload handlers: what was typed half a second
 * before must be on disk. A persistent browser profile stands in for the app's userData folder.
 */
test('killing the browser half a second after the last keystroke loses nothing', async ({
  baseURL,
}, testInfo) => {
  const { launch, firstPage, kill } = killableBrowser(baseURL, testInfo)
  const context = await launch()
  const page = await firstPage(context)
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Contoso', system: 'Checkout' })
  const interview = new InterviewPage(page)
  const address = page.url()
  // As a person would: the question is on screen before a key is pressed, and the rating shows.
  await expect(interview.prompt).toBeVisible()
  await page.keyboard.press('3')
  await expect(interview.rating('Not met')).toHaveAttribute('aria-pressed', 'true')
  await interview.notes.pressSequentially('Nobody owns the pager at weekends.')
  // The promise under test: every change is durable within 500 ms of the keystroke.
  await page.waitForTimeout(500)
  await kill(context)

  const again = await launch()
  try {
    const reopened = new InterviewPage(await firstPage(again))
    await reopened.page.goto(address)
    await expect(reopened.notes).toHaveValue('Nobody owns the pager at weekends.')
    await expect(reopened.rating('Not met')).toHaveAttribute('aria-pressed', 'true')
  } finally {
    await again.close()
  }
})

test('killing the browser half a second after typing in the section editor loses nothing', async ({
  baseURL,
}, testInfo) => {
  const { launch, firstPage, kill } = killableBrowser(baseURL, testInfo)
  const context = await launch()
  const editor = new SectionEditorPage(await firstPage(context))
  await editor.startNewSection()
  const address = editor.page.url()
  await editor.field('Title').fill('Change Management')
  await expect(editor.heading).toHaveText('Change Management')
  await editor.field('Summary').pressSequentially('How changes reach production safely.')
  // The same promise as for notes: durable within 500 ms of the keystroke.
  await editor.page.waitForTimeout(500)
  await kill(context)

  const again = await launch()
  try {
    const reopened = new SectionEditorPage(await firstPage(again))
    await reopened.page.goto(address)
    await expect(reopened.field('Summary')).toHaveValue('How changes reach production safely.')
    await expect(reopened.heading).toHaveText('Change Management')
  } finally {
    await again.close()
  }
})

test('killing the browser half a second after typing in the report narrative loses nothing', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000)
  const { launch, firstPage, kill } = killableBrowser(baseURL, testInfo)
  const context = await launch()
  const page = await firstPage(context)
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Contoso', system: 'Checkout' })
  const tab = new ReportTabPage(page)
  await tab.open()
  const address = page.url()
  const limitations = tab.editor('Limitations')
  await limitations.click()
  await page.keyboard.press('ControlOrMeta+b')
  await page.keyboard.type('We could not see the weekend pager logs.')
  await expect(limitations.locator('strong')).toHaveText('We could not see the weekend pager logs.')
  // The same promise as for notes: durable within 500 ms of the keystroke.
  await page.waitForTimeout(500)
  await kill(context)

  const again = await launch()
  try {
    const reopened = new ReportTabPage(await firstPage(again))
    await reopened.page.goto(address)
    await expect(reopened.editor('Limitations').locator('strong')).toHaveText(
      'We could not see the weekend pager logs.',
    )
  } finally {
    await again.close()
  }
})
