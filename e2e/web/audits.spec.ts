import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { BUILTIN_QUESTION_COUNT, seedInDatabase } from '../fixtures/database'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditsPage } from '../pages/audits-page'
import { WelcomePage } from '../pages/welcome-page'

const NORTHWIND = { client: 'Northwind Traders', system: 'Payments platform' }

/** A returning user who has created `audits` through the form, on the audits screen. */
async function withAudits(page: Page, ...audits: Array<typeof NORTHWIND>): Promise<AuditsPage> {
  await new WelcomePage(page).completeAs()
  const form = new AuditFormPage(page)
  for (const audit of audits) await form.createAudit(audit)
  const list = new AuditsPage(page)
  await list.open()
  return list
}

test('first run asks for the auditor, then a new audit is listed with its progress', async ({
  page,
}) => {
  const welcome = new WelcomePage(page)
  await page.goto('/#/audits')
  await expect(page).toHaveURL(/#\/welcome$/)
  await expect(welcome.heading).toHaveText('Welcome to Audit Workbook')
  await expect(page.getByText('Audit Workbook keeps every audit on this computer')).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await welcome.continueButton.click()
  await expect(welcome.name).toHaveAttribute('aria-invalid', 'true')
  await expect(welcome.name).toBeFocused()
  await expect(welcome.name).toHaveAccessibleDescription(/Enter your name/)

  await welcome.name.fill('Ana Ruiz')
  await welcome.firm.fill('Ruiz Consulting')
  await welcome.continueButton.click()
  await expect(welcome.heading).toHaveText('Thank you, Ana Ruiz')
  await welcome.startFirstAudit.click()

  const form = new AuditFormPage(page)
  await expect(form.heading).toHaveText('New audit')
  await expect(form.auditors).toHaveValue('Ana Ruiz')
  await expect(form.firm).toHaveValue('Ruiz Consulting')
  await expect(form.startDate).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await expect(form.sections.getByRole('checkbox', { name: /Incident Response/ })).toBeChecked()
  await form.client.fill(NORTHWIND.client)
  await form.system.fill(NORTHWIND.system)
  await form.create.click()
  await expect(page).toHaveURL(/#\/audits\/[^/]+\/interview/)

  const audits = new AuditsPage(page)
  await audits.open()
  await page.reload()
  const row = audits.row(NORTHWIND.client)
  await expect(row).toContainText(NORTHWIND.system)
  await expect(row).toContainText('Ana Ruiz · Ruiz Consulting')
  await expect(row).toContainText('Draft')
  await expect(row).toContainText(`0 of ${BUILTIN_QUESTION_COUNT}`)
  await expect(audits.progress(row)).toHaveAttribute(
    'aria-valuetext',
    `0 of ${BUILTIN_QUESTION_COUNT} answered`,
  )
  await expectNoSeriousA11yViolations(page)
})

test('invalid details are refused next to each field, and nothing is saved', async ({ page }) => {
  const audits = await withAudits(page)
  await expect(audits.emptyState).toBeVisible()
  const form = new AuditFormPage(page)
  await form.openNew()

  await form.system.fill(NORTHWIND.system)
  await form.startDate.fill('')
  await form.create.click()

  await expect(form.client).toBeFocused()
  await expect(form.client).toHaveAttribute('aria-invalid', 'true')
  await expect(form.client).toHaveAccessibleDescription('Enter the client organisation.')
  await expect(form.startDate).toHaveAttribute('aria-invalid', 'true')
  await expect(form.startDate).toHaveAccessibleDescription(/Enter the start date/)
  await expect(form.system).not.toHaveAttribute('aria-invalid')
  await expectNoSeriousA11yViolations(page)

  // A date typed only in part is not a date either: the browser hands over nothing, and the
  // message says what is missing.
  await form.client.fill(NORTHWIND.client)
  await form.startDate.click()
  await form.startDate.press('1')
  await form.create.click()
  await expect(form.startDate).toBeFocused()
  await expect(form.startDate).toHaveAccessibleDescription(/start date is incomplete/)
  await expect(form.client).not.toHaveAttribute('aria-invalid')

  // No section in scope.
  await form.startDate.fill('2026-11-28')
  await form.sections.getByRole('checkbox').first().uncheck()
  await form.create.click()
  await expect(form.sections.getByRole('checkbox').first()).toBeFocused()
  await expect(form.sections).toContainText('Choose at least one section.')

  await expect(page).toHaveURL(/#\/audits\/new$/)
  await audits.open()
  await page.reload()
  await expect(audits.emptyState).toBeVisible()
})

test('a deleted audit comes back with Undo, and stays gone without it', async ({ page }) => {
  const audits = await withAudits(page, NORTHWIND)
  await seedInDatabase(page, NORTHWIND.client, { rateFirstQuestion: true })
  await page.reload()
  const row = audits.row(NORTHWIND.client)
  await expect(row).toContainText(`1 of ${BUILTIN_QUESTION_COUNT}`)

  await audits.action('Delete', NORTHWIND.client).click()
  await expect(audits.deleteDialog).toBeVisible()
  await expect(audits.deleteDialog).toContainText(NORTHWIND.system)
  await expect(audits.deleteDialog).toContainText('with all its notes and its 1 rated answer.')
  await expectNoSeriousA11yViolations(page)
  await audits.deleteDialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(audits.deleteDialog).toBeHidden()
  await expect(row).toBeVisible()

  await audits.deleteAudit(NORTHWIND.client)
  await expect(row).toBeHidden()
  await expect(page.getByText('Deleted Northwind Traders.')).toBeVisible()
  await audits.undo.click()
  await expect(row).toContainText(NORTHWIND.system)
  await expect(row).toContainText(`1 of ${BUILTIN_QUESTION_COUNT}`)

  await audits.deleteAudit(NORTHWIND.client)
  await expect(audits.emptyState).toBeVisible()
  await page.reload()
  await expect(audits.emptyState).toBeVisible()
  await expect(row).toHaveCount(0)
})

test('an archived audit is hidden until shown, and can be restored', async ({ page }) => {
  const contoso = { client: 'Contoso', system: 'Data platform' }
  const audits = await withAudits(page, NORTHWIND, contoso)

  await audits.action('Archive', NORTHWIND.client).click()
  await expect(audits.row(NORTHWIND.client)).toBeHidden()
  await expect(audits.count).toHaveText('1 audit. 1 archived audit is hidden.')
  await expect(page.getByText('Archived Northwind Traders.')).toBeVisible()

  await audits.showArchived.check()
  const row = audits.row(NORTHWIND.client)
  await expect(row).toContainText('Archived')
  await audits.action('Restore', NORTHWIND.client).click()
  await expect(row.getByText('Archived', { exact: true })).toBeHidden()
  await expect(audits.action('Archive', NORTHWIND.client)).toBeVisible()

  await audits.showArchived.uncheck()
  await page.reload()
  await expect(audits.clientNames).toHaveText([contoso.client, NORTHWIND.client])
})

test('duplicating with the previous answers links the copy to its predecessor', async ({
  page,
}) => {
  const audits = await withAudits(page, NORTHWIND)
  await seedInDatabase(page, NORTHWIND.client, { rateFirstQuestion: true, status: 'in-progress' })
  await page.reload()

  await audits.action('Duplicate', NORTHWIND.client).click()
  const dialog = audits.duplicateDialog
  await expect(dialog.getByLabel('Start date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await dialog.getByLabel('Start date').fill('2027-05-03')
  await expect(dialog.getByRole('radio', { name: /Start with the previous answers/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Create re-assessment' }).click()
  await expect(page).toHaveURL(/#\/audits\/[^/]+\/interview/)
  const copyUrl = page.url()

  await audits.open()
  await expect(audits.rows).toHaveCount(2)
  const copy = audits.rows.filter({ hasText: 'Re-assessment of' })
  await expect(copy).toContainText('Draft')
  await expect(copy).toContainText(`1 of ${BUILTIN_QUESTION_COUNT}`)
  const link = copy.getByRole('link', { name: /^Re-assessment of Northwind Traders \(.+\)$/ })
  await expect(link).toBeVisible()
  const original = audits.rows.filter({ hasNotText: 'Re-assessment of' })
  await expect(original).toContainText('In progress')

  await copy.getByRole('link', { name: 'Open Northwind Traders' }).click()
  await expect(page).toHaveURL(copyUrl)
})

test('duplicating empty starts the copy with no answers', async ({ page }) => {
  const audits = await withAudits(page, NORTHWIND)
  await seedInDatabase(page, NORTHWIND.client, { rateFirstQuestion: true })
  await page.reload()

  await audits.action('Duplicate', NORTHWIND.client).click()
  await audits.duplicateDialog.getByRole('radio', { name: 'Start empty' }).check()
  await audits.duplicateDialog.getByRole('button', { name: 'Create re-assessment' }).click()
  await expect(page).toHaveURL(/#\/audits\/[^/]+\/interview/)

  await audits.open()
  const copy = audits.rows.filter({ hasText: 'Re-assessment of' })
  await expect(copy).toContainText(`0 of ${BUILTIN_QUESTION_COUNT}`)
})

test('the list can be searched and sorted', async ({ page }) => {
  const audits = await withAudits(
    page,
    { client: 'Northwind Traders', system: 'Payments platform' },
    { client: 'contoso', system: 'Data platform' },
    { client: 'Acme', system: 'Mobile team' },
  )
  await seedInDatabase(page, 'Acme', { status: 'final' })
  await seedInDatabase(page, 'Northwind Traders', { status: 'in-progress' })
  await page.reload()

  // Last changed first, by default.
  await expect(audits.clientNames).toHaveText(['Acme', 'contoso', 'Northwind Traders'])

  await audits.sort.selectOption({ label: 'Client A–Z' })
  await expect(audits.clientNames).toHaveText(['Acme', 'contoso', 'Northwind Traders'])
  await audits.sort.selectOption({ label: 'Status' })
  await expect(audits.clientNames).toHaveText(['contoso', 'Northwind Traders', 'Acme'])

  await audits.search.fill('PAYMENTS')
  await expect(audits.clientNames).toHaveText(['Northwind Traders'])
  await expect(audits.count).toHaveText('1 audit found.')
  await audits.search.fill('ruiz consulting')
  await expect(audits.clientNames).toHaveCount(3)
  await audits.search.fill('kubernetes')
  await expect(audits.rows).toHaveCount(0)
  await expect(audits.count).toHaveText('No audits match “kubernetes”.')
  await page.getByRole('button', { name: 'Clear search' }).click()
  await expect(audits.clientNames).toHaveCount(3)
})

test('editing changes the details but shows the scope read-only', async ({ page }) => {
  const audits = await withAudits(page, NORTHWIND)
  await audits.action('Edit', NORTHWIND.client).click()
  const form = new AuditFormPage(page)
  await expect(form.heading).toHaveText('Edit Northwind Traders')
  await expect(form.sections).toContainText('Incident Response')
  await expect(form.sections.getByRole('checkbox')).toHaveCount(0)

  await form.client.fill('')
  await form.save.click()
  await expect(form.client).toHaveAccessibleDescription('Enter the client organisation.')

  await form.client.fill('Northwind Traders Ltd')
  await form.auditors.fill('Ana Ruiz, Tom Lee')
  await form.save.click()
  await expect(audits.heading).toBeVisible()
  await expect(audits.row('Northwind Traders Ltd')).toContainText('Ana Ruiz, Tom Lee')

  await seedInDatabase(page, 'Northwind Traders Ltd', { status: 'final' })
  await page.reload()
  await audits.action('Edit', 'Northwind Traders Ltd').click()
  await expect(page.getByText('This audit is final, so its details are read-only.')).toBeVisible()
  await expect(form.client).toBeDisabled()
  await expect(form.save).toHaveCount(0)
})

test('settings change the name and firm that new audits start with', async ({ page }) => {
  await withAudits(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  const name = page.getByLabel('Your name')
  await expect(name).toHaveValue('Ana Ruiz')

  await name.fill('  ')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(name).toHaveAccessibleDescription(/Enter your name/)

  await name.fill('Tom Lee')
  await page.getByLabel('Firm').fill('Lee & Partners')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Your name and firm are saved.')).toBeVisible()

  const form = new AuditFormPage(page)
  await form.openNew()
  await expect(form.auditors).toHaveValue('Tom Lee')
  await expect(form.firm).toHaveValue('Lee & Partners')
})
