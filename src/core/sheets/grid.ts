/**
 * A workbook as the question-bank reader sees it, whatever file it came from (.xlsx, .ods,
 * .csv): sheets of rows of cells, every cell the text it shows. Formulas are never run: a
 * formula cell holds the value its program last calculated, and a note says so.
 */

/** A merged block of cells, zero-based and inclusive: its value is in the top-left cell. */
export interface CellRange {
  firstRow: number
  firstColumn: number
  lastRow: number
  lastColumn: number
}

export interface GridSheet {
  name: string
  /** Row by row, cell by cell; trailing empty cells and rows are left out. */
  rows: string[][]
  merges: CellRange[]
}

export interface Grid {
  sheets: GridSheet[]
  /** What was ignored or neutralised while reading (macros, external links, formulas). */
  notes: string[]
}

/** The text of a cell, empty outside the rows. */
export function cellAt(sheet: GridSheet, row: number, column: number): string {
  return sheet.rows[row]?.[column] ?? ''
}

/** Column 0 is "A", 25 is "Z", 26 is "AA": the letters a spreadsheet shows. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** "C5" → row 4, column 2; undefined for anything that is not a cell reference. */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim())
  if (!match) return undefined
  let column = 0
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64
  const row = Number(match[2])
  return row >= 1 ? { row: row - 1, column: column - 1 } : undefined
}

/** "A1:B3" → the range; a single cell is a range of one. */
export function parseRangeRef(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':')
  const a = parseCellRef(from ?? '')
  const b = parseCellRef(to ?? '')
  if (!a || !b) return undefined
  return {
    firstRow: Math.min(a.row, b.row),
    firstColumn: Math.min(a.column, b.column),
    lastRow: Math.max(a.row, b.row),
    lastColumn: Math.max(a.column, b.column),
  }
}

/** Drops the empty cells at the end of a row (a row of nothing becomes []). */
export function trimRow(row: string[]): string[] {
  let end = row.length
  while (end > 0 && row[end - 1] === '') end--
  return end === row.length ? row : row.slice(0, end)
}

/** Drops the empty rows at the end of a sheet. */
export function trimRows(rows: string[][]): string[][] {
  let end = rows.length
  while (end > 0 && rows[end - 1]!.length === 0) end--
  return end === rows.length ? rows : rows.slice(0, end)
}

/**
 * The rows with each merged block's value copied down its first column, as a person reads a
 * merged "Check" cell: it belongs to every row it spans. Values are not copied across columns
 * (a prompt merged over the guidance column is still only the prompt).
 */
export function fillMergesDown(sheet: GridSheet): string[][] {
  if (sheet.merges.length === 0) return sheet.rows
  const rows = sheet.rows.map((row) => [...row])
  for (const merge of sheet.merges) {
    const value = cellAt(sheet, merge.firstRow, merge.firstColumn)
    if (value === '') continue
    for (let r = merge.firstRow + 1; r <= merge.lastRow && r < rows.length; r++) {
      const row = rows[r]!
      while (row.length <= merge.firstColumn) row.push('')
      if (row[merge.firstColumn] === '') row[merge.firstColumn] = value
    }
  }
  return rows
}
