import type { Locator, Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import {
  seededClient,
  seededImage,
  seededPrompt,
  seedLongLists,
  type LongLists,
} from '../fixtures/long-lists'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditsPage } from '../pages/audits-page'
import { EvidenceLockerPage } from '../pages/evidence-page'
import { FindingsPage } from '../pages/findings-page'
import { WelcomePage } from '../pages/welcome-page'

// Seeding hundreds of rows and walking to the end of three lists: room on a busy machine.
test.describe.configure({ timeout: 90_000 })

/** Far fewer than the list holds: a screenful and a few rows either side. */
const AT_MOST_RENDERED = 40

async function arrange(page: Page, sizes: LongLists): Promise<void> {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Northwind', system: 'Payments' })
  await seedLongLists(page, sizes)
  await page.reload()
}

/** The row at `position` (1-based) of `list`, as screen readers are told it. */
const rowAt = (list: Locator, position: number) =>
  list.locator(`:scope > li[aria-posinset="${position}"]`)

/** Every rendered row says how long the whole list is and where it stands in it. */
async function expectPositions(list: Locator, total: number): Promise<void> {
  const rows = await list
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((li) => [li.getAttribute('aria-setsize'), li.getAttribute('aria-posinset')]),
    )
  expect(rows.length).toBeGreaterThan(0)
  expect(rows.length).toBeLessThanOrEqual(AT_MOST_RENDERED)
  for (const [size] of rows) expect(size).toBe(String(total))
  const positions = rows.map(([, position]) => Number(position))
  expect(positions).toEqual([...positions].sort((a, b) => a - b))
}

test('the audits list of 400 renders a screenful, and End, Home and arrows reach any row', async ({
  page,
}) => {
  await arrange(page, { audits: 400, images: 0, findings: 0 })
  const audits = new AuditsPage(page)
  await audits.open()
  await expect(audits.count).toHaveText('400 audits.')
  await expect(rowAt(audits.list, 1)).toBeVisible()
  await expectPositions(audits.list, 400)

  await audits.action('Open', 'Northwind').focus()
  await page.keyboard.press('End')
  const last = rowAt(audits.list, 400)
  await expect(last).toBeFocused()
  await expect(last).toBeInViewport()
  await expect(last.getByRole('heading', { level: 2 })).toHaveText(seededClient(399))
  await expectPositions(audits.list, 400)

  await page.keyboard.press('ArrowUp')
  await expect(rowAt(audits.list, 399)).toBeFocused()
  await page.keyboard.press('Home')
  await expect(rowAt(audits.list, 1)).toBeFocused()
  await expect(rowAt(audits.list, 1)).toBeInViewport()
  await page.keyboard.press('ArrowDown')
  await expect(rowAt(audits.list, 2)).toBeFocused()
  await expect(rowAt(audits.list, 2).getByRole('heading')).toHaveText(seededClient(1))

  // Tab still goes through the row's own controls, in order.
  await page.keyboard.press('Tab')
  await expect(audits.action('Open', seededClient(1))).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(audits.action('Edit', seededClient(1))).toBeFocused()
  await expectNoSeriousA11yViolations(page)
})

test('the locker of 600 screenshots loads thumbnails as they come into view, to the last', async ({
  page,
}) => {
  await arrange(page, { audits: 1, images: 600, findings: 0 })
  const locker = new EvidenceLockerPage(page)
  await locker.open()
  await expect(locker.count).toHaveText('600 items')
  await expect(rowAt(locker.list, 1)).toBeVisible()
  await expectPositions(locker.list, 600)
  const thumbnails = locker.list.locator('img.evidence-thumb__image')
  expect(await thumbnails.count()).toBeLessThanOrEqual(AT_MOST_RENDERED)

  await page.getByRole('button', { name: `Open ${seededImage(600)}` }).focus()
  await page.keyboard.press('End')
  const last = rowAt(locker.list, 600)
  await expect(last).toBeFocused()
  await expect(last).toBeInViewport()
  await expect(last.getByRole('heading', { level: 3 })).toHaveText(seededImage(1))
  const thumbnail = last.locator('img.evidence-thumb__image')
  await expect(thumbnail).toBeVisible()
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  await expectPositions(locker.list, 600)

  await page.keyboard.press('Home')
  await expect(rowAt(locker.list, 1)).toBeFocused()
  await expect(rowAt(locker.list, 1).getByRole('heading', { level: 3 })).toHaveText(
    seededImage(600),
  )
  await expectNoSeriousA11yViolations(page)
})

test('the findings list of 300 renders a screenful, and End reaches the last finding', async ({
  page,
}) => {
  await arrange(page, { audits: 1, images: 0, findings: 300 })
  const findings = new FindingsPage(page)
  await findings.open()
  const list = page.locator('ol.finding-list')
  await expect(rowAt(list, 1)).toBeVisible()
  await expectPositions(list, 300)

  await rowAt(list, 1)
    .getByRole('link', { name: /^Open question/ })
    .focus()
  await page.keyboard.press('End')
  const last = rowAt(list, 300)
  await expect(last).toBeFocused()
  await expect(last).toBeInViewport()
  await expect(last.getByRole('heading', { level: 2 })).toContainText(seededPrompt(300))
  await page.keyboard.press('Home')
  await expect(rowAt(list, 1)).toBeFocused()
  await expect(rowAt(list, 1).getByRole('heading', { level: 2 })).toContainText(seededPrompt(1))
  await expectNoSeriousA11yViolations(page)
})
