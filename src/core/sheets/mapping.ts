import type { Grid, GridSheet } from './grid'
import {
  classifyHeaderRow,
  COLUMN_NAMES,
  columnOf,
  normaliseHeader,
  TABLE_COLUMNS,
  type Column,
} from './layout'

/**
 * When a consultant's question sheet does not use the layout's header names, the mapping step
 * says which column is which. `proposeMapping` guesses from the header names; the person
 * corrects it; `applyMapping` renames that sheet's header cells to the layout's names, so the
 * one reader reads it. A mapping is keyed by the sheet's shape (its normalised header names),
 * so the app can keep it and offer it again for the next file of the same shape.
 */

export type QuestionColumn = Column<'questions'>

export interface ColumnMapping {
  /** The normalised header names, in order: the same for every file of this shape. */
  shapeKey: string
  /** Which column (by index in the header row) holds each field; a field left out is not read. */
  columns: Partial<Record<QuestionColumn, number>>
}

/** Words that, inside a header name, suggest a field, tried after the layout's own names. */
const HINTS: readonly [RegExp, QuestionColumn][] = [
  [/\bsection|practice|area|domain\b/, 'section'],
  [/\bquestion id|\bref\b|\bcode\b/, 'questionId'],
  [/\bquestion|prompt|ask\b/, 'prompt'],
  [/guid|note|why|help|explan|rational|comment|good looks/, 'guidance'],
  [/outcome|level|maturity|stage|rung/, 'outcome'],
  [/weight|point|score/, 'weight'],
  [/intro|descri/, 'checkIntro'],
  [/check|topic|theme|group|control|capabilit/, 'check'],
]

export function shapeKey(header: readonly string[]): string {
  return header.map(normaliseHeader).join('|').replace(/\|+$/, '')
}

export function proposeMapping(header: readonly string[]): ColumnMapping {
  const columns: Partial<Record<QuestionColumn, number>> = {}
  const taken = new Set<number>()
  header.forEach((cell, i) => {
    const key = columnOf('questions', cell) as QuestionColumn | undefined
    if (key !== undefined && columns[key] === undefined) {
      columns[key] = i
      taken.add(i)
    }
  })
  header.forEach((cell, i) => {
    if (taken.has(i) || cell.trim() === '') return
    const name = normaliseHeader(cell)
    const hint = HINTS.find(([pattern, key]) => pattern.test(name) && columns[key] === undefined)
    if (hint) {
      columns[hint[1]] = i
      taken.add(i)
    }
  })
  return { shapeKey: shapeKey(header), columns }
}

/**
 * Where a sheet's header row is: the first row the layout recognises as a question table's,
 * else the first of the widest rows among the first 50 (a question table is wider than a title,
 * a label block or a ladder), provided a filled row follows it.
 */
export function findHeaderRow(sheet: GridSheet): number | undefined {
  const recognised = sheet.rows.findIndex((row) => classifyHeaderRow(row)?.kind === 'questions')
  if (recognised !== -1) return recognised
  const filled = (row: readonly string[]): number => row.filter((c) => c.trim() !== '').length
  const rows = sheet.rows.slice(0, 50)
  const widest = Math.max(0, ...rows.map(filled))
  if (widest < 2) return undefined
  const header = rows.findIndex(
    (row, r) => filled(row) === widest && sheet.rows.slice(r + 1).some((next) => filled(next) > 0),
  )
  return header === -1 ? undefined : header
}

export interface SheetPreview {
  sheet: string
  /** Zero-based index of the header row in the sheet. */
  headerRow: number
  header: string[]
  /** The first rows under the header that have something in them. */
  rows: string[][]
}

/** What the mapping step shows: for each sheet with a table, its header and first `n` rows. */
export function previewRows(grid: Grid, n: number): SheetPreview[] {
  return grid.sheets.flatMap((sheet) => {
    const headerRow = findHeaderRow(sheet)
    if (headerRow === undefined) return []
    const rows = sheet.rows
      .slice(headerRow + 1)
      .filter((row) => row.some((c) => c.trim() !== ''))
      .slice(0, n)
    return [{ sheet: sheet.name, headerRow, header: sheet.rows[headerRow]!, rows }]
  })
}

/**
 * The grid with the header row of every sheet of this shape rewritten in the layout's names
 * (columns the mapping leaves out get an empty header and are not read); other sheets as they
 * were. Reading the result with `readSections` reads the consultant's columns.
 */
export function applyMapping(grid: Grid, mapping: ColumnMapping): Grid {
  const sheets = grid.sheets.map((sheet) => {
    const headerRow = findHeaderRow(sheet)
    if (headerRow === undefined || shapeKey(sheet.rows[headerRow]!) !== mapping.shapeKey)
      return sheet
    const width = sheet.rows[headerRow]!.length
    const header = Array.from({ length: width }, () => '')
    for (const key of TABLE_COLUMNS.questions) {
      const index = mapping.columns[key]
      if (index !== undefined && index < width) header[index] = COLUMN_NAMES.questions[key]![0]!
    }
    const rows = sheet.rows.map((row, r) => (r === headerRow ? header : row))
    return { ...sheet, rows }
  })
  return { ...grid, sheets }
}
