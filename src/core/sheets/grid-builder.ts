import { trimRow, trimRows, type CellRange, type GridSheet } from './grid'
import { quoteSheet, SheetFileError } from './sheet-file-error'
import type { SheetLimits } from './sheet-limits'

/**
 * Builds one sheet cell by cell, refusing it the moment it passes a limit: a row or column
 * beyond the last allowed, or more filled cells in the workbook than allowed. Only filled cells
 * are stored, so a file that claims a cell at row 1,000,000 is refused before any row is made.
 */
export class SheetBuilder {
  private readonly rows: string[][] = []
  private readonly merges: CellRange[] = []

  constructor(
    private readonly name: string,
    private readonly limits: SheetLimits,
    private readonly cells: { count: number },
  ) {}

  checkRow(row: number): void {
    if (row >= this.limits.maxRows)
      throw new SheetFileError(
        'too-many-rows',
        `The sheet ${quoteSheet(this.name)} reaches row ${(row + 1).toLocaleString('en')}; Audit Workbook reads at most ${this.limits.maxRows.toLocaleString('en')} rows a sheet. Delete the empty or extra rows and try again.`,
      )
  }

  checkColumn(column: number): void {
    if (column >= this.limits.maxColumns)
      throw new SheetFileError(
        'too-many-columns',
        `The sheet ${quoteSheet(this.name)} has more than ${this.limits.maxColumns} columns; a question bank needs a handful. Delete the extra columns and try again.`,
      )
  }

  set(row: number, column: number, text: string): void {
    if (text === '') return
    this.checkRow(row)
    this.checkColumn(column)
    if (++this.cells.count > this.limits.maxCells)
      throw new SheetFileError(
        'too-many-cells',
        `The workbook has more than ${this.limits.maxCells.toLocaleString('en')} filled cells, more than Audit Workbook reads.`,
      )
    while (this.rows.length <= row) this.rows.push([])
    const cells = this.rows[row]!
    while (cells.length < column) cells.push('')
    cells[column] = text
  }

  merge(range: CellRange): void {
    if (range.firstRow === range.lastRow && range.firstColumn === range.lastColumn) return
    this.checkRow(range.firstRow)
    this.checkColumn(range.firstColumn)
    if (++this.cells.count > this.limits.maxCells)
      throw new SheetFileError(
        'too-many-cells',
        'The workbook has more merged cells than Audit Workbook reads.',
      )
    this.merges.push({
      ...range,
      lastRow: Math.min(range.lastRow, this.limits.maxRows - 1),
      lastColumn: Math.min(range.lastColumn, this.limits.maxColumns - 1),
    })
  }

  build(): GridSheet {
    for (let r = 0; r < this.rows.length; r++) this.rows[r] = trimRow(this.rows[r]!)
    return { name: this.name, rows: trimRows(this.rows), merges: this.merges }
  }
}

/** Collects what was neutralised, and counts formula cells for one summary note. */
export class ReadNotes {
  readonly notes: string[] = []
  private formulas = 0
  private firstFormula = ''

  add(note: string): void {
    if (!this.notes.includes(note)) this.notes.push(note)
  }

  formula(sheet: string, ref: string): void {
    if (this.formulas++ === 0) this.firstFormula = `${quoteSheet(sheet)} ${ref}`
  }

  list(): string[] {
    if (this.formulas === 0) return this.notes
    const cells =
      this.formulas === 1
        ? `1 cell holds a formula (${this.firstFormula})`
        : `${this.formulas.toLocaleString('en')} cells hold formulas (the first: ${this.firstFormula})`
    return [...this.notes, `${cells}: the value last calculated was read; formulas are never run.`]
  }
}

export function checkSheetCount(count: number, limits: SheetLimits): void {
  if (count > limits.maxSheets)
    throw new SheetFileError(
      'too-many-sheets',
      `The workbook has ${count} sheets; Audit Workbook reads at most ${limits.maxSheets}.`,
    )
}

export const MACROS_IGNORED = 'The workbook holds macros; they were ignored and never run.'
export const LINKS_IGNORED =
  'The workbook links to other files or data sources; those links were ignored and nothing was fetched.'
