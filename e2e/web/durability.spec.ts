import { execFileSync } from 'node:child_process'
import { chromium, expect, test, type BrowserContext } from '@playwright/test'
import { AuditFormPage } from '../pages/audit-form-page'
import { InterviewPage } from '../pages/interview-page'
import { WelcomePage } from '../pages/welcome-page'

/**
 * The app killed outright, with no chance to run unload handlers: what was typed half a second
 * before must be on disk. A persistent browser profile stands in for the app's userData folder.
 */
test('killing the browser half a second after the last keystroke loses nothing', async ({
  baseURL,
}, testInfo) => {
  const profile = testInfo.outputPath('profile')
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
    })
  const firstPage = async (context: BrowserContext) => context.pages()[0] ?? context.newPage()

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
  execFileSync('pkill', ['-KILL', '-f', profile])
  await context.close().catch(() => {})

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
