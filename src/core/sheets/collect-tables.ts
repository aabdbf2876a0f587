import { fillMergesDown, type Grid } from './grid'
import { classifyHeaderRow, packLabel, sectionLabel, type TableKind } from './layout'
import type { SheetCell } from './sheet-problem'
import { quoteSheet } from './sheet-file-error'

/**
 * The first pass of reading a question bank: each sheet walked top to bottom, merged cells
 * filled down, blank rows skipped. Rows above a sheet's first header row may be label/value
 * rows (a section's Number, Title…, or the pack's); a header row starts a table, which runs
 * until the next header row. Anything else above the first table (a title, a note) is ignored.
 */

export interface TableRecord {
  kind: TableKind
  sheet: string
  /** The section's label block on this sheet, when the table has no Section column. */
  sheetSection: SectionBlock
  cells: Map<string, SheetCell>
}

/** A section described by label/value rows above a sheet's tables, or named by a sheet. */
export interface SectionBlock {
  sheet: string
  /** Where the block (or, when there is none, the sheet's first table) starts. */
  origin: SheetCell
  fields: Map<string, SheetCell>
}

export interface CollectedTables {
  records: TableRecord[]
  /** Sheets' label blocks; those without fields are sheets named only by their tab. */
  blocks: SectionBlock[]
  packFields: Map<string, SheetCell>
  /** How many header rows of question tables were found (a table may still have no rows). */
  questionTables: number
  notes: string[]
}

function valueRightOf(
  row: readonly string[],
  at: number,
  sheet: string,
  rowIndex: number,
): SheetCell {
  for (let c = at + 1; c < row.length; c++)
    if (row[c]!.trim() !== '') return { sheet, row: rowIndex, column: c, text: row[c]!.trim() }
  return { sheet, row: rowIndex, column: at + 1, text: '' }
}

export function collectTables(grid: Grid): CollectedTables {
  const records: TableRecord[] = []
  const blocks: SectionBlock[] = []
  const packFields = new Map<string, SheetCell>()
  const notes: string[] = []
  let questionTables = 0

  for (const sheet of grid.sheets) {
    const rows = fillMergesDown(sheet)
    const block: SectionBlock = {
      sheet: sheet.name,
      origin: { sheet: sheet.name, row: 0, column: 0, text: sheet.name },
      fields: new Map(),
    }
    blocks.push(block)
    let table: ReturnType<typeof classifyHeaderRow>
    rows.forEach((row, r) => {
      const first = row.findIndex((cell) => cell.trim() !== '')
      if (first === -1) return
      const header = classifyHeaderRow(row)
      if (header) {
        if (!table && block.fields.size === 0)
          block.origin = { sheet: sheet.name, row: r, column: first, text: sheet.name }
        table = header
        if (header.kind === 'questions') questionTables++
        for (const i of header.unread)
          notes.push(
            `The column ${quoteSheet(row[i]!.trim())} on the sheet ${quoteSheet(sheet.name)} is not part of the layout; it was not read.`,
          )
        return
      }
      if (table) {
        const cells = new Map<string, SheetCell>()
        let filled = false
        for (const [key, column] of table.columns) {
          const text = (row[column] ?? '').trim()
          if (text !== '') filled = true
          cells.set(key, { sheet: sheet.name, row: r, column, text })
        }
        if (filled)
          records.push({ kind: table.kind, sheet: sheet.name, sheetSection: block, cells })
        return
      }
      const label = sectionLabel(row[first]!)
      if (label !== undefined) {
        if (block.fields.size === 0)
          block.origin = { sheet: sheet.name, row: r, column: first, text: sheet.name }
        block.fields.set(label, valueRightOf(row, first, sheet.name, r))
        return
      }
      const pack = packLabel(row[first]!)
      if (pack !== undefined) packFields.set(pack, valueRightOf(row, first, sheet.name, r))
    })
  }
  return { records, blocks, packFields, questionTables, notes }
}

/** True when no sheet has a header row the layout knows: the columns need mapping. */
export function needsMapping(grid: Grid): boolean {
  return collectTables(grid).questionTables === 0
}
