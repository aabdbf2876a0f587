import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Converts .docx bytes to PDF in LibreOffice and returns the PDF's text, whitespace folded: a
 * real consumer reading the report. Needs `soffice` (libreoffice-writer) and `pdftotext`
 * (poppler-utils), which .ci/run installs; without them it fails and says so. Used by the
 * report's unit test and its end-to-end test.
 */
export async function pdfTextOfDocx(docx: Uint8Array): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'aw-e2e-report-'))
  try {
    const file = path.join(folder, 'report.docx')
    await writeFile(file, docx)
    await convertWithLibreOffice(file, 'pdf', folder)
    const { stdout } = await run('pdftotext', [path.join(folder, 'report.pdf'), '-'])
    return stdout.replace(/\s+/g, ' ')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/**
 * Converts a file with LibreOffice into `outdir` (`format` as `--convert-to` takes it: `pdf`,
 * `dotx:MS Word 2007 XML Template`…), with a fresh profile there so parallel runs do not share
 * one. Fails saying how to install LibreOffice when it is missing.
 */
export async function convertWithLibreOffice(
  file: string,
  format: string,
  outdir: string,
): Promise<void> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${outdir}/profile`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      outdir,
      file,
    ],
    { timeout: 120_000 },
  ).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === 'ENOENT'
        ? 'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui poppler-utils'
        : `LibreOffice could not convert ${path.basename(file)}: ${error.message}`,
    )
  })
}
