import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { Q1 } from '../fixtures/evidence-interview'
import { AuditFormPage } from '../pages/audit-form-page'
import { EvidenceLockerPage, fixtureFile, QuestionEvidencePanel } from '../pages/evidence-page'
import { InterviewPage } from '../pages/interview-page'
import { SearchDialog } from '../pages/search-dialog'
import { WelcomePage } from '../pages/welcome-page'

// Two audits are made through the UI first: room for that on a busy machine.
test.describe.configure({ timeout: 60_000 })

const NORTHWIND = 'Northwind Traders — Payments platform'
const CONTOSO = 'Contoso Bank — Core ledger'
const DASHBOARD = fixtureFile(
  join(import.meta.dirname, '../fixtures/files/on-call-dashboard.png'),
  'image/png',
)

/** A new audit of Section 35 whose first question has `note` and is rated by `key`. */
async function auditWithNote(
  page: Page,
  audit: { client: string; system: string },
  note: string,
  rating: { key: string; label: string },
): Promise<string> {
  const interview = new InterviewPage(page)
  await new AuditFormPage(page).createAudit(audit)
  await expect(interview.prompt).toHaveText(Q1)
  await interview.notes.fill(note)
  await page.keyboard.press('Escape')
  await page.keyboard.press(rating.key)
  await expect(interview.rating(rating.label)).toHaveAttribute('aria-pressed', 'true')
  return page.url()
}

/**
 * Northwind: its first question Not met (a finding) with a note about the pager rota, and a
 * screenshot on it. Contoso: its first question Met with a note of its own.
 */
async function twoAudits(page: Page): Promise<{ northwind: string; contoso: string }> {
  await new WelcomePage(page).completeAs()
  const northwind = await auditWithNote(
    page,
    { client: 'Northwind Traders', system: 'Payments platform' },
    'The pager rota lives in a shared spreadsheet nobody updates.',
    { key: '3', label: 'Not met' },
  )
  const evidence = new QuestionEvidencePanel(page)
  await evidence.attach(DASHBOARD)
  await expect(evidence.tiles).toHaveCount(1)
  const contoso = await auditWithNote(
    page,
    { client: 'Contoso Bank', system: 'Core ledger' },
    'Pager alerts reach the ledger team through the rota app.',
    { key: '1', label: 'Met' },
  )
  return { northwind, contoso }
}

test('Ctrl+K finds a note in its audit, and Enter lands in that question’s notes', async ({
  page,
}) => {
  await twoAudits(page)
  const search = new SearchDialog(page)
  const interview = new InterviewPage(page)

  await search.openByKeyboard()
  await expect(search.box).toBeFocused()
  await search.search('pager rota')
  // Both notes match, each under its own audit; the words found are marked.
  await expect(search.group(NORTHWIND).getByRole('option')).toHaveCount(1)
  await expect(search.group(CONTOSO).getByRole('option')).toHaveCount(1)
  await expect(search.group(NORTHWIND).locator('mark')).toHaveText(['pager', 'rota'])
  await expectNoSeriousA11yViolations(page)

  // Typing narrows to Northwind's note, found by a prefix of the word being typed.
  await search.search('rota spreads')
  await expect(search.results.getByRole('option')).toHaveCount(1)
  const option = search.group(NORTHWIND).getByRole('option')
  await expect(option).toContainText('Notes')
  await expect(option).toContainText(Q1)
  await expect(search.box).toHaveAttribute('aria-activedescendant', /.+/)
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')

  await expect(search.dialog).toBeHidden()
  await expect(page).toHaveURL(/#\/audits\/[^/]+\/interview\/[^/]+\/[^/]+\/notes$/)
  await expect(interview.prompt).toHaveText(Q1)
  await expect(interview.notes).toBeFocused()
  await expect(interview.notes).toHaveValue(/shared spreadsheet/)
})

test('a finding and an evidence item lead to the findings screen and the locker, focused', async ({
  page,
}) => {
  await twoAudits(page)
  const search = new SearchDialog(page)

  await search.button.click()
  await search.search('paged 2am')
  // Only Northwind's question is Not met: its finding, titled by the check and the question.
  const finding = search.group(NORTHWIND).getByRole('option').filter({ hasText: 'Finding' })
  await expect(finding).toHaveCount(1)
  await expect(search.group(CONTOSO)).toHaveCount(0)
  await finding.click()
  await expect(page).toHaveURL(/#\/audits\/[^/]+\/findings\/[^/]+\/[^/]+$/)
  const card = page.getByRole('article').filter({ hasText: Q1 })
  await expect(card).toBeFocused()

  await search.button.click()
  await search.search('dashboard')
  await expect(search.results.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('ArrowDown') // one result: Down wraps round to it
  await page.keyboard.press('Enter')
  const locker = new EvidenceLockerPage(page)
  await expect(locker.heading).toBeVisible()
  await expect(page.getByRole('heading', { name: 'on-call-dashboard.png' })).toBeFocused()
})

test('a note typed a moment ago is found at the next search', async ({ page }) => {
  const { contoso } = await twoAudits(page)
  const search = new SearchDialog(page)
  const interview = new InterviewPage(page)

  // The index is built once, now; what follows must reach it as it is typed.
  await search.openByKeyboard()
  await search.search('ledger')
  await expect(search.group(CONTOSO).getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Escape')

  await page.goto(contoso)
  await expect(interview.prompt).toHaveText(Q1)
  await interview.notes.fill('Escrow keys are kept in the HSM vault.')
  await search.openByKeyboard()
  await search.search('escrow vault')
  const found = search.group(CONTOSO).getByRole('option')
  await expect(found).toHaveCount(1)
  await expect(found.locator('mark')).toHaveText(['Escrow', 'vault'])
})

/** Whether the search worker has kept its index, in a database of its own, for the next start. */
function searchIndexKept(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const name = 'audit-workbook-search-cache'
    // Opened only once the worker has made it: opening it first would make it, empty.
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return false
    const settle = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    const db = await settle(indexedDB.open(name))
    try {
      if (!db.objectStoreNames.contains('kept')) return false
      return (await settle(db.transaction('kept').objectStore('kept').get('index'))) !== undefined
    } finally {
      db.close()
    }
  })
}

test('after a restart, search finds a note changed before the first search, not its old words', async ({
  page,
}) => {
  const { contoso } = await twoAudits(page)
  const search = new SearchDialog(page)
  const interview = new InterviewPage(page)
  await search.openByKeyboard()
  await search.search('ledger team')
  await expect(search.group(CONTOSO).getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Escape')
  // Once things are quiet the search worker keeps its index for the next start.
  await expect.poll(() => searchIndexKept(page), { timeout: 20_000 }).toBe(true)

  // A restart, and the note rewritten before anything is searched.
  await page.reload()
  await page.goto(contoso)
  await expect(interview.prompt).toHaveText(Q1)
  await interview.notes.fill('Escrow keys are kept in the HSM vault.')
  await search.openByKeyboard()
  await search.search('escrow vault')
  await expect(search.group(CONTOSO).getByRole('option')).toHaveCount(1)
  // The note's old words are found no more.
  await search.search('ledger team')
  await expect(search.results.getByRole('option')).toHaveCount(0)
  await search.search('pager rota')
  await expect(search.group(NORTHWIND).getByRole('option')).toHaveCount(1)
  await expect(search.group(CONTOSO)).toHaveCount(0)
})

test('Escape closes search and gives the focus back; nothing is found for gibberish', async ({
  page,
}) => {
  await twoAudits(page)
  const search = new SearchDialog(page)
  const interview = new InterviewPage(page)

  await interview.notes.focus()
  await search.openByKeyboard()
  await search.search('!!! ??? ---')
  await expect(search.status).toHaveText('Type to search every audit.')
  await search.search('zzqxjv')
  await expect(search.status).toHaveText('Nothing found for “zzqxjv”.')
  await expect(search.box).toHaveAttribute('aria-expanded', 'false')
  await expectNoSeriousA11yViolations(page)
  await page.keyboard.press('Escape')
  await expect(search.dialog).toBeHidden()
  await expect(interview.notes).toBeFocused()

  await search.button.click()
  await expect(search.box).toBeFocused()
  await expect(search.box).toHaveValue('')
  await page.keyboard.press('Escape')
  await expect(search.button).toBeFocused()
})
