import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface PdfReadBack {
  /** The text of every page, whitespace folded (pdftotext). */
  text: string
  /** pdfinfo's fields: Pages, Page size, Title, Tagged, … */
  info: Record<string, string>
  pages: number
  /** The page size in points, as pdfinfo reads it. */
  pageSize: { width: number; height: number }
  /** One row per embedded image (pdfimages -list): its pixel size. */
  images: Array<{ page: number; width: number; height: number }>
}

/**
 * A PDF read back by poppler, a real consumer: its text, its properties and its images. Needs
 * `pdftotext`, `pdfinfo` and `pdfimages` (poppler-utils).
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const folder = await mkdtemp(path.join(tmpdir(), 'aw-e2e-pdf-'))
  try {
    const file = path.join(folder, 'report.pdf')
    await writeFile(file, bytes)
    const [text, info, images] = await Promise.all([
      run('pdftotext', [file, '-']),
      run('pdfinfo', [file]),
      run('pdfimages', ['-list', file]),
    ])
    const fields = Object.fromEntries(
      info.stdout
        .split('\n')
        .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1]?.trim() ?? '', m[2]?.trim() ?? '']),
    )
    const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '')
    return {
      text: text.stdout.replace(/\s+/g, ' '),
      info: fields,
      pages: Number(fields['Pages']),
      pageSize: { width: Number(size?.[1]), height: Number(size?.[2]) },
      // pdfimages -list: two header lines, then "page num type width height …".
      images: images.stdout
        .split('\n')
        .slice(2)
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols.length > 4 && cols[2] === 'image')
        .map((cols) => ({
          page: Number(cols[0]),
          width: Number(cols[3]),
          height: Number(cols[4]),
        })),
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
