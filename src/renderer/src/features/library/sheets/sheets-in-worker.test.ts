import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { columnName, packToGrid, writeXlsx, type Grid } from '@core/sheets'
import { sheetsImportJob, type SheetsImportRequest } from './sheets-import-job'
import { sheetsExportJob } from './sheets-export-job'
import { exportSheets, importSheets } from './sheets-in-worker'

const MTIME = new Date('2026-01-01T00:00:00Z')
const DEFAULTS = { id: 'bank', title: 'Question bank', version: '1.0.0' }

const importRequest = (
  bytes: Uint8Array,
  fileName = 'bank.xlsx',
  mappings: SheetsImportRequest['mappings'] = [],
): SheetsImportRequest => ({
  bytes: bytes.slice(),
  fileName,
  defaults: DEFAULTS,
  mappings,
})

/** The built-in pack's workbook with its question headers renamed as a consultant might. */
function consultantColumns(): Grid {
  const grid = packToGrid(builtinPack)
  const renamed: Record<string, string> = { Prompt: 'Ask this', Guidance: 'Hint', Check: 'Area' }
  const sheets = grid.sheets.map((sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) =>
      row.includes('Prompt') ? row.map((cell) => renamed[cell] ?? cell) : row,
    ),
  }))
  return { ...grid, sheets }
}

/** What the page accepts from the worker: the job's output schema, run on the answer. */
const arriving = (output: unknown) => sheetsImportJob.output.parse(output)

/** The grid with the one cell holding `text` emptied, and where that cell is. */
function emptied(
  grid: Grid,
  text: string,
): { grid: Grid; sheet: string; row: number; column: string } {
  for (const sheet of grid.sheets)
    for (const [r, cells] of sheet.rows.entries()) {
      const c = cells.indexOf(text)
      if (c < 0) continue
      const rows = sheet.rows.map((row, i) => (i === r ? row.with(c, '') : row))
      return {
        grid: { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) },
        sheet: sheet.name,
        row: r + 1,
        column: columnName(c),
      }
    }
  throw new Error(`No cell holds “${text}”.`)
}

describe('the sheets worker’s work', () => {
  it('reads an .xlsx of a pack back to the same pack, as the page receives it', () => {
    const bytes = writeXlsx(packToGrid(builtinPack), MTIME)
    const output = arriving(importSheets(importRequest(bytes)))
    expect(output).toEqual({ status: 'valid', pack: builtinPack, notes: [] })
  })

  it('answers a workbook with problems with each at its sheet, row and column', () => {
    const firstPrompt = builtinPack.sections[0]!.checks[0]!.questions[0]!.prompt
    const { grid, ...where } = emptied(packToGrid(builtinPack), firstPrompt)
    const output = arriving(importSheets(importRequest(writeXlsx(grid, MTIME))))
    expect(output).toEqual({
      status: 'problems',
      problems: [{ ...where, message: 'Prompt must not be empty.' }],
      notes: [],
    })
  })

  it('asks for the columns of an unknown shape, then reads the file with the mapping given', () => {
    const bytes = writeXlsx(consultantColumns(), MTIME)
    const asked = arriving(importSheets(importRequest(bytes)))
    if (asked.status !== 'needs-mapping')
      throw new Error(`Expected the mapping step: ${asked.status}`)
    expect(asked.shapes).toHaveLength(1)
    const [shape] = asked.shapes
    expect(shape!.preview.header).toContain('Ask this')
    const header = shape!.preview.header
    const mapping = {
      ...shape!.proposed,
      columns: {
        ...shape!.proposed.columns,
        prompt: header.indexOf('Ask this'),
        guidance: header.indexOf('Hint'),
        check: header.indexOf('Area'),
      },
    }
    const output = arriving(importSheets(importRequest(bytes, 'bank.xlsx', [mapping])))
    expect(output).toMatchObject({ status: 'valid', pack: builtinPack })
  })

  it('exports a pack to bytes it can hand over, which import back as the same pack', () => {
    const exportRequest = sheetsExportJob.input.parse({ pack: builtinPack, now: MTIME.getTime() })
    const bytes = sheetsExportJob.output.parse(exportSheets(exportRequest))
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength)
    expect(arriving(importSheets(importRequest(bytes)))).toEqual({
      status: 'valid',
      pack: builtinPack,
      notes: [],
    })
  })

  it('refuses, on arrival, a “valid” answer that is not a pack', () => {
    expect(
      sheetsImportJob.output.safeParse({ status: 'valid', pack: { id: 'x' }, notes: [] }).success,
    ).toBe(false)
  })

  it('answers a hostile or unreadable file with the refusal, as data rather than a failure', () => {
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      // 30 MiB of zeros deflate to about 30 KB: a thousand to one
      'xl/worksheets/sheet1.xml': new Uint8Array(30 * 1024 * 1024),
    })
    const refusedBomb = arriving(importSheets(importRequest(bomb)))
    expect(refusedBomb).toEqual({
      status: 'refused',
      message: expect.stringMatching(/zip bomb.*Nothing was installed\.$/),
    })

    const oldXls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(arriving(importSheets(importRequest(oldXls, 'bank.xls')))).toEqual({
      status: 'refused',
      message: expect.stringMatching(/password-protected or in the old \.xls format/),
    })
  })

  it('fails the job, rather than answering, on input the job does not accept', () => {
    expect(
      sheetsImportJob.input.safeParse({
        bytes: [1, 2],
        fileName: 'a.xlsx',
        defaults: DEFAULTS,
        mappings: [],
      }).success,
    ).toBe(false)
  })
})
