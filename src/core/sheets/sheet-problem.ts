import { columnName } from './grid'

/**
 * One problem with a spreadsheet, where a person finds it: the sheet's name, the row as the
 * spreadsheet numbers it (from 1), the column's letters. Sheet-wide problems have no row.
 */
export interface SheetProblem {
  /** Empty for the workbook as a whole. */
  sheet: string
  row?: number
  column?: string
  message: string
}

/** A cell of the grid: zero-based row and column, and its text after merges are filled down. */
export interface CellPlace {
  sheet: string
  row: number
  column: number
}

export interface SheetCell extends CellPlace {
  text: string
}

export function problemAt(place: CellPlace | undefined, message: string): SheetProblem {
  if (!place) return { sheet: '', message }
  return { sheet: place.sheet, row: place.row + 1, column: columnName(place.column), message }
}

/** "Sheet “Questions”, row 5, column C: Prompt must not be empty." */
export function formatSheetProblem(problem: SheetProblem): string {
  const where = [
    problem.sheet === '' ? undefined : `Sheet “${problem.sheet}”`,
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
  ].filter((part) => part !== undefined)
  return where.length === 0 ? problem.message : `${where.join(', ')}: ${problem.message}`
}
