import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildReportModel } from '../build/build-report-model'
import { fixtureInput } from '../test-support/fixture-audit'
import { TINY_PNG } from '../test-support/sample-model'
import { packReport } from './pack-docx'

const run = promisify(execFile)
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'aw-report-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/**
 * A real consumer reads the report: LibreOffice converts it to PDF, and the PDF's text holds what
 * the client must find. Needs `soffice` (libreoffice-writer) and `pdftotext` (poppler-utils), which
 * .ci/run installs; without them this test fails and says so.
 */
it('converts to PDF in LibreOffice with the sections and findings in its text', async () => {
  const input = fixtureInput()
  const docx = path.join(folder, 'report.docx')
  await writeFile(docx, await packReport(buildReportModel(input), () => TINY_PNG))

  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${folder}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      docx,
    ],
    { timeout: 120_000 },
  ).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === 'ENOENT'
        ? 'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui poppler-utils'
        : `LibreOffice could not convert the report: ${error.message}`,
    )
  })
  const pdf = path.join(folder, 'report.pdf')
  expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-')
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'])
  const text = stdout.replace(/\s+/g, ' ')

  expect(text).toContain('Section 35 · Incident Response')
  expect(text).toContain('Findings and action plan')
  for (const finding of input.findings) expect(text).toContain(finding.id)
  expect(text).toContain('Evidence appendix')
}, 180_000)
