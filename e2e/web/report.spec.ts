import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { checkDocxStructure } from '../../src/core/report/test-support/docx-structure'
import { docxText } from '../../src/core/report/test-support/docx-text'
import { expect, test } from '../fixtures/app'
import {
  COMPLETED_AUDIT_IMAGES as images,
  COMPLETED_AUDIT_PDF as pdf,
  completeAuditWithEvidence,
} from '../fixtures/completed-audit'
import { pdfTextOfDocx } from '../support/libreoffice'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

test('a completed audit with two images and a PDF exports a Word report that reads back whole', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await completeAuditWithEvidence(page)

  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = await (await download).path()
  await expect(dialog.getByText(/The report was downloaded as Northwind Traders/)).toBeVisible()
  const bytes = new Uint8Array(await readFile(file))

  expect(checkDocxStructure(bytes)).toEqual([])
  const media = Object.keys(unzipSync(bytes)).filter((p) => p.startsWith('word/media/'))
  expect(media).toHaveLength(images.length) // the PDF is listed, not embedded

  const text = docxText(bytes)
  expect(text).toContain('Northwind Traders')
  expect(text).toContain('Level 2 of 5 · Reachable')
  expect(text).toContain("Who's getting paged at 2am if prod goes down tonight?")
  expect(text).toContain('Observed for question 9.')
  for (const f of [...images, pdf]) expect(text).toContain(sha256(f.buffer))
  expect(text).toMatch(/F35-05 · Runbooks & Playbooks/)

  const pdfText = await pdfTextOfDocx(bytes)
  expect(pdfText).toContain('Section 35 · Incident Response')
  expect(pdfText).toContain('Findings and action plan')
  expect(pdfText).toContain('F35-05')
})
