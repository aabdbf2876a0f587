import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { WelcomePage } from '../pages/welcome-page'

/**
 * Settings tell the user whether the browser keeps their audits or may clear them when space is
 * low, and how much space they take. The sentence shown is checked against what this Chromium
 * itself answers, whichever answer it gives, so the test holds on any machine.
 */
test('settings say whether the data is kept, and how much space it takes', async ({ page }) => {
  await new WelcomePage(page).completeAs()
  await page.getByRole('link', { name: 'Settings' }).click()
  const storage = page.getByRole('region', { name: 'Data on this computer' })
  await expect(storage).toContainText('Storage:')

  const kept = await page.evaluate(() => navigator.storage.persisted())
  await expect(storage).toContainText(
    kept
      ? 'Storage: kept until you delete it.'
      : 'Storage: may be cleared by the system when space is low.',
  )
  await expect(storage).toContainText(
    /\b\d+(\.\d)? (bytes?|KB|MB|GB) used of \d+(\.\d)? (KB|MB|GB) available\./,
  )
  await expectNoSeriousA11yViolations(page)
})
