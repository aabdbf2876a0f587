import { expect, test } from '../fixtures/app'
import { LibraryPage } from '../pages/library-page'

const LADDER = ['Ad-hoc', 'Owned', 'Reachable', 'Runbooked', 'Learning', 'Improving']

test('the Library shows Section 35 with its ladder, checklist, checks and questions', async ({
  page,
}) => {
  const library = new LibraryPage(page)
  await library.open()

  await expect(library.sections.filter({ hasText: 'Incident Response' })).toBeVisible()
  await expect(library.sectionTitle).toHaveText('Incident Response')
  await expect(page.getByText('Section 35 · API & Security').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'The goal: Calm Under Pressure' })).toBeVisible()

  const levels = library.ladder.getByRole('listitem')
  await expect(levels).toHaveCount(LADDER.length)
  for (const [level, name] of LADDER.entries()) {
    await expect(levels.nth(level)).toContainText(`Level ${level}: ${name}`)
  }
  await expect(levels.nth(2)).toContainText(
    'Emergency contact information is documented and accessible even during outages',
  )

  const prep = page.getByRole('region', { name: 'Before you start' }).getByRole('listitem')
  await expect(prep).toHaveCount(4)
  await expect(prep.first()).toContainText('24/7 vs business hours only')

  const onCall = library.check('On-call & Escalation')
  await expect(onCall.getByRole('listitem')).toHaveCount(4)
  await expect(onCall).toContainText("Who's getting paged at 2am if prod goes down tonight?")
  await expect(onCall).toContainText(
    'A defined rotation ensures 24/7 coverage without burning out individuals.',
  )

  const postMortems = library.check('Post-mortems')
  await expect(postMortems).toContainText(
    'How many post-mortem action items are still open from last year?',
  )
  const runbooks = page.getByRole('region', { name: /Runbook/ })
  await expect(runbooks).toContainText('Added beyond the source')
})

test('a section can be opened by its address and survives a reload', async ({ page }) => {
  await page.goto('/#/library/incident-response')
  await page.reload()
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
    'Incident Response',
  )
  await expect(page.getByRole('link', { name: /Incident Response/ })).toHaveAttribute(
    'aria-current',
    'page',
  )
})
