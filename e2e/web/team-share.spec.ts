import { expect, test } from '../fixtures/app'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditsPage } from '../pages/audits-page'
import { WelcomePage } from '../pages/welcome-page'

// Sharing an audit (issue 18) without a workspace: solo use shows nothing of it. Sharing with a
// live server and what colleagues then see is tested with the two-browser sync suite.

test('without a workspace an audit offers no Share action and nothing says shared', async ({
  page,
}) => {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Northwind Traders', system: 'Payments' })

  await expect(page.getByRole('button', { name: 'Export report' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Who is on it…' })).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: /^Assigned to/ })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Comments on this answer' })).toHaveCount(0)
  await expect(page.getByRole('note')).toHaveCount(0)

  const audits = new AuditsPage(page)
  await audits.open()
  await expect(audits.row('Northwind Traders')).toBeVisible()
  await expect(page.getByText(/^Shared/)).toHaveCount(0)
  await expect(audits.row('Northwind Traders').getByRole('button', { name: /^Share/ })).toHaveCount(
    0,
  )
})
