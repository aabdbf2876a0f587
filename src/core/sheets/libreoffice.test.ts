import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { builtinPack } from '../content'
import { writeCsv } from './csv'
import { readSections } from './read-sections'
import { readWorkbook } from './read-workbook'
import { formatSheetProblem } from './sheet-problem'
import { packToGrid } from './write-sections'

/**
 * An independent producer: files LibreOffice wrote, not our writer, from a CSV this test
 * writes. Needs LibreOffice Calc, which .ci/run installs; without it the test fails and says so,
 * like the report's LibreOffice test (e2e/support/libreoffice.ts).
 */
const SOFFICE = '/usr/bin/soffice'
const folder = mkdtempSync(join(tmpdir(), 'aw-sheets-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function convert(csvPath: string, to: 'xlsx' | 'ods'): Uint8Array {
  if (!existsSync(SOFFICE))
    throw new Error(
      `LibreOffice (${SOFFICE}) is not installed: apt-get install libreoffice-calc-nogui`,
    )
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${folder}/profile`,
      '--headless',
      // comma-separated, double quotes, UTF-8, from line 1; no "special number" guessing
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      to,
      '--outdir',
      folder,
      csvPath,
    ],
    { stdio: 'pipe', timeout: 50_000 },
  )
  const out = join(folder, `Incident Response.${to}`)
  if (!existsSync(out))
    throw new Error(
      `LibreOffice did not write the .${to} file: is Calc installed? (apt-get install libreoffice-calc-nogui; .ci/run does)`,
    )
  return new Uint8Array(readFileSync(out))
}

describe('spreadsheets written by LibreOffice', () => {
  it('import as the section they were made from (.xlsx and .ods)', () => {
    const csvPath = join(folder, 'Incident Response.csv')
    writeFileSync(csvPath, writeCsv(packToGrid(builtinPack).sheets[1]!))
    const files = { xlsx: convert(csvPath, 'xlsx'), ods: convert(csvPath, 'ods') }
    for (const [kind, bytes] of Object.entries(files)) {
      const grid = readWorkbook(bytes, `Incident Response.${kind}`)
      const result = readSections(grid, { id: 'imported', title: 'Imported', version: '1.0.0' })
      if (!result.ok)
        throw new Error(`${kind}: ${result.problems.map(formatSheetProblem).join('\n')}`)
      expect(result.pack.sections, kind).toEqual(builtinPack.sections)
      expect(grid.sheets[0]!.name, kind).toBe('Incident Response')
    }
  }, 60_000)
})
