import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../../../../../e2e/support/libreoffice'
import { buildReportModel } from '../../build/build-report-model'
import { fixtureInput } from '../../test-support/fixture-audit'
import {
  FIRM_HEADER_TEXT,
  FIRM_HEADING_FONT,
  firmTemplateFodt,
} from '../../test-support/firm-template-fodt'
import { PACKED_AT, TINY_PNG } from '../../test-support/sample-model'
import { packReport } from '../pack-docx'
import { readWordTemplate } from './read-template'
import { templateStyleCoverage } from './style-coverage'

const run = promisify(execFile)
let folder = ''
let pdf = ''

/**
 * A template made by LibreOffice (not by us), a report dressed in it, and that report read back
 * by LibreOffice as a PDF: the firm's heading font, its Letter paper and its header are what a
 * reader of the PDF gets.
 */
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'aw-template-'))
  const source = path.join(folder, 'firm.fodt')
  await writeFile(source, firmTemplateFodt())
  await convertWithLibreOffice(source, 'dotx:MS Word 2007 XML Template', folder)
  const template = readWordTemplate(new Uint8Array(await readFile(path.join(folder, 'firm.dotx'))))
  expect(templateStyleCoverage(template).provided.map((s) => s.id)).toContain('Heading1')
  const report = await packReport(buildReportModel(fixtureInput()), () => TINY_PNG, {
    now: PACKED_AT,
    template,
  })
  await writeFile(path.join(folder, 'report.docx'), report)
  await convertWithLibreOffice(path.join(folder, 'report.docx'), 'pdf', folder)
  pdf = path.join(folder, 'report.pdf')
}, 240_000)

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

it('sets the headings in the template’s font', async () => {
  const { stdout } = await run('pdffonts', [pdf])
  expect(stdout.replace(/\s/g, '')).toContain(FIRM_HEADING_FONT.replace(/\s/g, ''))
})

it('lays the report out on the template’s Letter paper', async () => {
  const { stdout } = await run('pdfinfo', [pdf])
  expect(stdout).toMatch(/Page size:\s+612 x 792 pts/)
})

it('shows the template’s header on every page after the cover, and not on the cover', async () => {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'])
  const pages = stdout.split('\f').filter((page) => page.trim() !== '')
  expect(pages.length).toBeGreaterThan(3)
  expect(pages[0]).not.toContain(FIRM_HEADER_TEXT)
  for (const [i, page] of pages.slice(1).entries())
    expect(page, `page ${i + 2}`).toContain(FIRM_HEADER_TEXT)
})
