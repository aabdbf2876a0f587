import { describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import { readWorkbook } from './read-workbook'
import { writeXlsx } from './write-xlsx'
import { writeCsv } from './csv'
import { SheetFileError } from './sheet-file-error'
import type { Grid } from './grid'

const MTIME = new Date('2026-01-01T00:00:00Z')

const grid: Grid = {
  sheets: [
    {
      name: 'Questions',
      rows: [
        ['Check', 'Prompt', 'Weight'],
        ['On call', 'Who is paged at 2am?', '1'],
        ['', '=SUM(A1) & "quoted", with <tags>', '2.5'],
        [],
        ['Runbooks', 'Line one\nline two _x000D_ ', '0.75'],
      ],
      merges: [{ firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0 }],
    },
    {
      name: 'Ladder',
      rows: [
        ['Outcome', 'Description'],
        ['Owned', 'Someone owns it'],
      ],
      merges: [],
    },
  ],
  notes: [],
}

function workbookXlsx(sheetXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="http://x/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    ...extra,
  })
}

const refusal = (fn: () => unknown): SheetFileError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof SheetFileError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('readWorkbook', () => {
  it('reads back what writeXlsx wrote: text, numbers, line breaks, merges, sheet order', () => {
    const back = readWorkbook(writeXlsx(grid, MTIME), 'bank.xlsx')
    expect(back.sheets).toEqual(grid.sheets)
    expect(back.notes).toEqual([])
  })

  it('reads a CSV with quotes, line breaks and semicolons, and undoes the formula defusing', () => {
    const csv = writeCsv(grid.sheets[0]!)
    expect(csv).toContain(`"'=SUM(A1) & ""quoted"", with <tags>"`)
    const back = readWorkbook(strToU8(csv), 'Questions.csv')
    expect(back.sheets[0]!.rows).toEqual(grid.sheets[0]!.rows)
    const semicolons = readWorkbook(strToU8('Check;Prompt\r\nA;"b;c"\r\n'), 'x.csv')
    expect(semicolons.sheets[0]!.rows).toEqual([
      ['Check', 'Prompt'],
      ['A', 'b;c'],
    ])
  })

  it('reads a Latin-1 CSV with a note', () => {
    const back = readWorkbook(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'x.csv')
    expect(back.sheets[0]!.rows).toEqual([['Café']])
    expect(back.notes[0]).toMatch(/not UTF-8/)
  })

  it('keeps a formula cell’s cached value and says formulas were not run', () => {
    const back = readWorkbook(
      workbookXlsx(
        '<worksheet><sheetData><row r="2"><c r="B2" t="str"><f>HYPERLINK("http://x")</f><v>cached</v></c><c r="C2"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>',
      ),
      'f.xlsx',
    )
    expect(back.sheets[0]!.rows).toEqual([[], ['', 'cached', '2']])
    expect(back.notes).toEqual([
      expect.stringMatching(/^2 cells hold formulas \(the first: “S” B2\).*never run/),
    ])
  })

  it('ignores external links and macros with a note, without inflating them', () => {
    const back = readWorkbook(
      workbookXlsx(
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
        {
          'xl/externalLinks/externalLink1.xml': strToU8('<externalLink/>'),
          'xl/vbaProject.bin': new Uint8Array(100),
        },
      ),
      'm.xlsm',
    )
    expect(back.sheets[0]!.rows).toEqual([['x']])
    expect(back.notes.join(' ')).toMatch(/macros; they were ignored/)
    expect(back.notes.join(' ')).toMatch(/links to other files.*ignored/)
  })

  it('refuses a zip bomb from its declared sizes before inflating it', () => {
    const rels =
      '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    const bomb = workbookXlsx('<worksheet/>', {
      'xl/_rels/workbook.xml.rels': strToU8(rels),
      // 30 MiB of zeros deflate to about 30 KB: a thousand to one
      'xl/sharedStrings.xml': new Uint8Array(30 * 1024 * 1024),
    })
    expect(bomb.length).toBeLessThan(100 * 1024)
    const error = refusal(() => readWorkbook(bomb, 'bomb.xlsx'))
    expect(error.code).toBe('zip-bomb')
    expect(error.message).toMatch(
      /^The file was refused: its part xl\/sharedStrings\.xml would expand from .* to 30 MB, as a zip bomb does\. Nothing was installed\.$/,
    )
  })

  it('refuses a part that holds more than it declares', () => {
    const honest = workbookXlsx(
      `<worksheet><sheetData>${'<row/>'.repeat(10)}</sheetData></worksheet>`,
    )
    // Lower the declared size of the worksheet in the central directory.
    const bytes = honest.slice()
    const name = strToU8('xl/worksheets/sheet1.xml')
    for (let at = bytes.length - 22; at > 0; at--) {
      if (
        bytes[at] === 0x50 &&
        bytes[at + 1] === 0x4b &&
        bytes[at + 2] === 1 &&
        bytes[at + 3] === 2
      ) {
        const nameAt = at + 46
        if (name.every((b, i) => bytes[nameAt + i] === b)) {
          bytes[at + 24] = 5
          bytes[at + 25] = bytes[at + 26] = bytes[at + 27] = 0
        }
      }
    }
    expect(refusal(() => readWorkbook(bytes, 'lie.xlsx')).code).toBe('zip-bomb')
  })

  it('refuses a sheet with a cell on row 1,000,000, and a sheet of 100,001 rows, with a message', () => {
    const far = workbookXlsx(
      '<worksheet><sheetData><row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
    )
    const error = refusal(() => readWorkbook(far, 'far.xlsx'))
    expect(error.code).toBe('too-many-rows')
    expect(error.message).toBe(
      'The sheet “S” reaches row 1,000,000; Audit Workbook reads at most 100,000 rows a sheet. Delete the empty or extra rows and try again. Nothing was installed.',
    )
    const rows = Array.from({ length: 100_001 }, (_, i) => `<row><c><v>${i}</v></c></row>`)
    const many = workbookXlsx(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`)
    expect(refusal(() => readWorkbook(many, 'many.xlsx')).code).toBe('too-many-rows')
  })

  it('ignores empty rows far down (an ODS-style repeat or a formatted row) without making them', () => {
    const back = readWorkbook(
      workbookXlsx(
        '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="900000"/></sheetData></worksheet>',
      ),
      'e.xlsx',
    )
    expect(back.sheets[0]!.rows).toEqual([['1']])
  })

  it('refuses a DOCTYPE (entity expansion), an old .xls and a file that is not a spreadsheet', () => {
    const laughs = workbookXlsx('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet>&a;</worksheet>')
    expect(refusal(() => readWorkbook(laughs, 'l.xlsx')).code).toBe('unsafe-xml')
    expect(
      refusal(() => readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls')).code,
    ).toBe('encrypted')
    expect(refusal(() => readWorkbook(strToU8('hello'), 'notes.docx')).code).toBe('not-spreadsheet')
    expect(refusal(() => readWorkbook(zipSync({ 'a.txt': strToU8('a') }), 'a.xlsx')).code).toBe(
      'not-spreadsheet',
    )
  })
})

describe('readWorkbook on .ods', () => {
  const ods = (table: string): Uint8Array =>
    zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8(
        `<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>${table}</office:spreadsheet></office:body></office:document-content>`,
      ),
    })

  it('reads displayed text, spaces, repeats, spans and formulas as a person sees them', () => {
    const back = readWorkbook(
      ods(
        `<table:table table:name="Q"><table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>` +
          `<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>Check<text:s text:c="2"/>one</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>x</text:p></table:table-cell><table:table-cell table:formula="of:=1+1" office:value="2"><text:p>2</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>` +
          `<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`,
      ),
      'q.ods',
    )
    expect(back.sheets).toEqual([
      {
        name: 'Q',
        rows: [[], [], ['Check  one', 'x', 'x', '2']],
        merges: [{ firstRow: 2, firstColumn: 0, lastRow: 3, lastColumn: 0 }],
      },
    ])
    expect(back.notes).toEqual([expect.stringMatching(/^1 cell holds a formula \(“Q” D3\)/)])
  })

  it('refuses a filled row repeated a million times, and notes macros and external links', () => {
    const repeated = `<table:table table:name="Q"><table:table-row table:number-rows-repeated="1000000"><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>`
    expect(refusal(() => readWorkbook(ods(repeated), 'r.ods')).code).toBe('too-many-rows')
    const linked = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8(
        '<document-content><body><spreadsheet><table name="Q"><table-source href="http://x"/></table></spreadsheet></body></document-content>',
      ),
      'Basic/Standard/Module1.xml': strToU8('<module/>'),
    })
    expect(readWorkbook(linked, 'l.ods').notes).toEqual([
      'The workbook holds macros; they were ignored and never run.',
      'The workbook links to other files or data sources; those links were ignored and nothing was fetched.',
    ])
  })
})
