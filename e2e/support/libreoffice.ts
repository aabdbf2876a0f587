import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Converts .docx bytes to PDF in LibreOffice and returns the PDF's text, whitespace folded. */
export async function pdfTextOfDocx(docx: Uint8Array): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'aw-e2e-report-'))
  try {
    const file = path.join(folder, 'report.docx')
    await writeFile(file, docx)
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${folder}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        file,
      ],
      { timeout: 120_000 },
    )
    const { stdout } = await run('pdftotext', [path.join(folder, 'report.pdf'), '-'])
    return stdout.replace(/\s+/g, ' ')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
