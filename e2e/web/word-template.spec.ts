import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { checkDocxStructure } from '../../src/core/report/test-support/docx-structure'
import { expect, test } from '../fixtures/app'
import { AuditFormPage } from '../pages/audit-form-page'
import { WelcomePage } from '../pages/welcome-page'
import { WordTemplatePage } from '../pages/word-template-page'

// Made by LibreOffice from src/core/report/test-support/firm-template-fodt.ts: Heading 1 in
// URW Bookman, US Letter paper, a header with a picture and "Fabrikam Assurance Partners".
const TEMPLATE = join(import.meta.dirname, '../fixtures/files/firm-template.dotx')

test('a firm’s Word template: a damaged file is refused in words, a real one dresses the exported report', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await new WelcomePage(page).completeAs()
  const settings = new WordTemplatePage(page)
  await settings.open()
  const buffer = await readFile(TEMPLATE)

  await settings.choose({ name: 'damaged.dotx', buffer: buffer.subarray(0, buffer.length - 200) })
  await expect(settings.problem).toContainText('damaged.dotx: The file is not a Word document')
  await expect(settings.problem).toContainText('Nothing was saved.')
  await expect(settings.remove).toHaveCount(0)

  await settings.choose({ name: 'firm-template.dotx', buffer })
  await expect(settings.problem).toHaveCount(0)
  await expect(settings.region.getByText('firm-template.dotx')).toBeVisible()
  await expect(settings.region.getByText('Letter', { exact: true })).toBeVisible()
  await expect(settings.region.getByText(/Headings in URW Bookman/)).toBeVisible()
  await expect(settings.provided.getByText('Heading 1', { exact: true })).toBeVisible()
  await expect(settings.fallback.getByText('Cover Title', { exact: true })).toBeVisible()

  await new AuditFormPage(page).createAudit({ client: 'Fabrikam Bank', system: 'Ledger' })
  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const bytes = new Uint8Array(await readFile(await (await download).path()))

  expect(checkDocxStructure(bytes)).toEqual([])
  const parts = unzipSync(bytes)
  const heading1 = /<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/.exec(
    strFromU8(parts['word/styles.xml']!),
  )?.[0]
  expect(heading1).toContain('w:ascii="URW Bookman"')
  expect(strFromU8(parts['word/header1.xml']!)).toContain('Fabrikam Assurance Partners')
  expect(strFromU8(parts['word/document.xml']!)).toContain('<w:pgSz w:w="12240" w:h="15840"')
})
