import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { docxText } from '../../src/core/report/test-support/docx-text'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { AuditFormPage } from '../pages/audit-form-page'
import { ReportTabPage } from '../pages/report-tab-page'
import { WelcomePage } from '../pages/welcome-page'

const SUMMARY = 'Executive summary'
const SECTION_VIEW = "The auditor's view: Incident Response"

async function reportTab(page: Page): Promise<ReportTabPage> {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Northwind Traders', system: 'Payments' })
  const tab = new ReportTabPage(page)
  await tab.open()
  return tab
}

test('the consultant writes the summary with bold, a list and a link, and finds it all after a reload', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const tab = await reportTab(page)
  const summary = tab.editor(SUMMARY)
  // Until edited, the summary is the generated draft, and says so.
  await expect(tab.draftMarker).toBeVisible()
  await expect(summary).toContainText('We assessed Payments at Northwind Traders')
  await expect(summary).toHaveAttribute('aria-multiline', 'true')

  await summary.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('The team is ')
  await page.keyboard.press('ControlOrMeta+b')
  await expect(tab.tool(SUMMARY, 'Bold')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.type('strong')
  await page.keyboard.press('ControlOrMeta+b')
  await expect(tab.tool(SUMMARY, 'Bold')).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.type(' on call.')
  await page.keyboard.press('Enter')
  await tab.tool(SUMMARY, 'Bulleted list').click()
  await expect(tab.tool(SUMMARY, 'Bulleted list')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.type('Pager rota')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Runbooks')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter') // an empty item leaves the list
  await page.keyboard.type('See ')

  // A link by shortcut: an unsafe address is refused with a message, a web address is taken.
  await page.keyboard.press('ControlOrMeta+k')
  await tab.submitLink('javascript:alert(1)')
  await expect(tab.linkDialog()).toContainText(
    'Use an address that starts with https://, http:// or mailto:',
  )
  await tab.submitLink('https://example.com/rota')
  await expect(tab.linkDialog()).toBeHidden()
  await expect(summary.getByRole('link', { name: 'https://example.com/rota' })).toBeVisible()
  // The draft marker goes as soon as the text is the consultant's.
  await expect(tab.draftMarker).toBeHidden()

  // Italic from the toolbar, on a selected word.
  await page.keyboard.type(' now')
  await page.keyboard.press('Shift+ControlOrMeta+ArrowLeft')
  await tab.tool(SUMMARY, 'Italic').click()
  await expect(summary.locator('em')).toHaveText('now')

  // Key recommendations start as a numbered list.
  const recommendations = tab.editor('Key recommendations')
  await expect(tab.tool('Key recommendations', 'Numbered list')).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  await recommendations.click()
  await expect(tab.tool('Key recommendations', 'Numbered list')).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.keyboard.type('Name a pager owner')

  const view = tab.editor(SECTION_VIEW)
  await view.click()
  await page.keyboard.type('We saw the rota and two runbooks.')

  await page.reload()
  await tab.writing.waitFor()
  await expect(summary.locator('strong')).toHaveText('strong')
  await expect(summary.locator('ul > li')).toHaveText(['Pager rota', 'Runbooks'])
  await expect(summary.getByRole('link', { name: 'https://example.com/rota' })).toHaveAttribute(
    'href',
    'https://example.com/rota',
  )
  await expect(summary.locator('em')).toHaveText('now')
  await expect(tab.draftMarker).toBeHidden()
  await expect(recommendations.locator('ol > li')).toHaveText(['Name a pager owner'])
  await expect(view).toHaveText('We saw the rota and two runbooks.')

  // Regenerate shows what would change; Cancel changes nothing.
  await tab.regenerateButton.click()
  const dialog = tab.regenerateDialog
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Removed: The team is strong on call.' }),
  ).toBeVisible()
  await expect(dialog.locator('del', { hasText: 'The team is strong on call.' })).toBeVisible()
  await expect(
    dialog.locator('ins', { hasText: 'We assessed Payments at Northwind Traders' }),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(summary).toContainText('The team is strong on call.')
  await page.reload()
  await tab.writing.waitFor()
  await expect(summary).toContainText('The team is strong on call.')
  await expect(tab.draftMarker).toBeHidden()

  await expectNoSeriousA11yViolations(page)
})

test('Regenerate draft replaces the text with the new draft, marked as a draft again', async ({
  page,
}) => {
  const tab = await reportTab(page)
  const summary = tab.editor(SUMMARY)
  await expect(summary).toContainText('We assessed')
  await summary.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Mine.')
  await expect(tab.draftMarker).toBeHidden()
  await tab.regenerateButton.click()
  await tab.regenerateDialog.getByRole('button', { name: 'Replace with the new draft' }).click()
  await expect(tab.draftMarker).toBeVisible()
  await expect(summary).toContainText('We assessed Payments at Northwind Traders')
  await page.reload()
  await tab.writing.waitFor()
  await expect(tab.draftMarker).toBeVisible()
  await expect(summary).not.toContainText('Mine.')
})

test('a paste keeps only what a report can hold', async ({ page }) => {
  const tab = await reportTab(page)
  const view = tab.editor(SECTION_VIEW)
  await view.click()
  await view.evaluate((element) => {
    const data = new DataTransfer()
    data.setData(
      'text/html',
      '<h1>Heading</h1><p><u>under</u> <b>bold</b> <s>red</s> <a href="javascript:alert(1)">bad link</a></p>',
    )
    data.setData('text/plain', 'Heading under bold red bad link')
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  })
  await expect(view).toContainText('bold')
  await expect(view.locator('u')).toHaveCount(0)
  await expect(view.locator('h1')).toHaveCount(0)
  await expect(view.locator('s')).toHaveCount(0)
  await expect(view.getByRole('link')).toHaveCount(0)
  await expect(view.locator('strong')).toHaveText('bold')
  await page.reload()
  await tab.writing.waitFor()
  await expect(view).toContainText('Heading')
  await expect(view.locator('strong')).toHaveText('bold')
})

test('the exported Word report contains what the consultant wrote', async ({ page }) => {
  test.setTimeout(90_000)
  const tab = await reportTab(page)
  const summary = tab.editor(SUMMARY)
  await expect(summary).toContainText('We assessed')
  await summary.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Written in the app, not in Word.')
  await tab.editor(SECTION_VIEW).click()
  await page.keyboard.type('The rota is on a wiki page nobody reads.')
  await expect(tab.draftMarker).toBeHidden()

  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const text = docxText(new Uint8Array(await readFile(await (await download).path())))
  expect(text).toContain('Written in the app, not in Word.')
  expect(text).toContain('The rota is on a wiki page nobody reads.')
})
