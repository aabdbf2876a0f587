import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { seedLongLists } from '../fixtures/long-lists'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditsPage } from '../pages/audits-page'
import { WelcomePage } from '../pages/welcome-page'

/** The browser answers that `share` of a 10 GB quota is used, whatever the disk really holds. */
async function storageAt(page: Page, share: number): Promise<void> {
  await page.addInitScript((used) => {
    const quota = 10 * 1024 ** 3
    Object.defineProperty(navigator.storage, 'estimate', {
      value: async () => ({ usage: Math.round(quota * used), quota }),
    })
  }, share)
}

/** Northwind holds four screenshots; two other audits hold none. */
async function arrange(page: Page): Promise<void> {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Northwind', system: 'Payments' })
  await seedLongLists(page, { audits: 3, images: 4, findings: 0 })
  await page.reload()
}

const banner = (page: Page) => page.getByRole('region', { name: /^Storage is \d+ % full\.$/ })

test('at 85 % every screen warns, names the largest audit, and leads to what takes the space', async ({
  page,
}) => {
  await storageAt(page, 0.85)
  await arrange(page)
  const audits = new AuditsPage(page)
  await audits.open()
  await expect(banner(page)).toContainText('Storage is 85 % full.')
  await expect(banner(page)).toContainText('The evidence of Northwind (Payments) takes the most')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('link', { name: 'Library' }).click()
  await expect(banner(page)).toBeVisible()

  await banner(page).getByRole('link', { name: 'See what takes the space' }).click()
  await expect(page).toHaveURL(/#\/settings\/storage$/)
  const card = page.getByRole('region', { name: 'Data on this computer' })
  await expect(card.getByRole('heading', { name: 'Data on this computer' })).toBeFocused()
  await expect(card).toContainText('85 % of the space is used; 1.5 GB is free.')
  const largest = card.getByRole('list', { name: 'What takes the space' }).getByRole('listitem')
  await expect(largest).toHaveCount(1)
  await expect(largest.first()).toContainText('Northwind · Payments')
  await expect(largest.first()).toContainText('100 % of all')

  await banner(page).getByRole('button', { name: 'Dismiss storage warning' }).click()
  await expect(banner(page)).toHaveCount(0)
  await page.getByRole('link', { name: 'Audits' }).first().click()
  await expect(audits.heading).toBeVisible()
  await expect(banner(page)).toHaveCount(0)
})

test('at 50 % no screen warns, and Settings shows how much is used and free', async ({ page }) => {
  await storageAt(page, 0.5)
  await arrange(page)
  const audits = new AuditsPage(page)
  await audits.open()
  await expect(audits.row('Northwind')).toBeVisible()
  await page.getByRole('link', { name: 'Settings' }).click()
  const card = page.getByRole('region', { name: 'Data on this computer' })
  await expect(card).toContainText('50 % of the space is used; 5 GB is free.')
  await expect(card.getByRole('listitem').first()).toContainText('Northwind · Payments')
  await expect(banner(page)).toHaveCount(0)
})
