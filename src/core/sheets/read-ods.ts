import type { Grid, GridSheet } from './grid'
import { columnName } from './grid'
import {
  checkSheetCount,
  LINKS_IGNORED,
  MACROS_IGNORED,
  ReadNotes,
  SheetBuilder,
} from './grid-builder'
import { SheetFileError } from './sheet-file-error'
import type { SheetLimits } from './sheet-limits'
import { countTags } from './read-xlsx'
import {
  childElements,
  findElement,
  findElements,
  parseXml,
  type XmlElement,
  type XmlNode,
} from './xml'
import type { ZipParts } from './zip-parts'

/**
 * An OpenDocument spreadsheet (.ods) read into a grid: each cell's displayed text (its
 * paragraphs), merged ranges from spanned cells. ODF compresses runs of equal rows and cells
 * with a repeat count (LibreOffice writes a million empty rows as one element), so a repeat of
 * empty cells only moves the position; a repeat of filled ones is stored and counted.
 */

export const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet'

export function isOds(parts: ZipParts): boolean {
  return parts.has('content.xml') && (parts.text('mimetype') ?? '').trim() === ODS_MIME_TYPE
}

const ROW_CONTAINERS = new Set(['table-header-rows', 'table-rows', 'table-row-group'])

/** The text a paragraph shows: `text:s` is spaces, `text:tab` a tab, `text:line-break` a break. */
function paragraphText(node: XmlNode): string {
  if (typeof node === 'string') return node
  switch (node.name) {
    case 's':
      return ' '.repeat(Math.min(Number(node.attrs.c ?? '1') || 1, 1000))
    case 'tab':
      return '\t'
    case 'line-break':
      return '\n'
    case 'annotation':
      return ''
    default:
      return node.children.map(paragraphText).join('')
  }
}

function cellText(cell: XmlElement): string {
  const paragraphs = childElements(cell, 'p')
  if (paragraphs.length > 0) return paragraphs.map(paragraphText).join('\n')
  return cell.attrs.value ?? cell.attrs['date-value'] ?? cell.attrs['boolean-value'] ?? ''
}

const repeat = (value: string | undefined): number =>
  Math.max(1, Math.floor(Number(value ?? '1')) || 1)

function rowsOf(container: XmlElement): XmlElement[] {
  return childElements(container).flatMap((child) =>
    child.name === 'table-row' ? [child] : ROW_CONTAINERS.has(child.name) ? rowsOf(child) : [],
  )
}

function readTable(
  table: XmlElement,
  limits: SheetLimits,
  cells: { count: number },
  notes: ReadNotes,
): GridSheet {
  const name = table.attrs.name ?? 'Sheet'
  const sheet = new SheetBuilder(name, limits, cells)
  let rowIndex = 0
  for (const row of rowsOf(table)) {
    const rowRepeat = repeat(row.attrs['number-rows-repeated'])
    const rowCells: { column: number; text: string; cell: XmlElement }[] = []
    let column = 0
    for (const cell of childElements(row)) {
      if (cell.name !== 'table-cell' && cell.name !== 'covered-table-cell') continue
      const cellRepeat = repeat(cell.attrs['number-columns-repeated'])
      const text = cell.name === 'covered-table-cell' ? '' : cellText(cell)
      if (
        text !== '' ||
        cell.attrs['number-columns-spanned'] ||
        cell.attrs['number-rows-spanned']
      ) {
        for (let k = 0; k < cellRepeat; k++) {
          sheet.checkColumn(column + k)
          rowCells.push({ column: column + k, text, cell })
        }
      }
      column += cellRepeat
    }
    if (rowCells.length > 0) {
      for (let k = 0; k < rowRepeat; k++) {
        const r = rowIndex + k
        sheet.checkRow(r)
        for (const { column: c, text, cell } of rowCells) {
          if (cell.attrs.formula !== undefined) notes.formula(name, `${columnName(c)}${r + 1}`)
          sheet.set(r, c, text)
          const across = repeat(cell.attrs['number-columns-spanned'])
          const down = repeat(cell.attrs['number-rows-spanned'])
          if (across > 1 || down > 1)
            sheet.merge({
              firstRow: r,
              firstColumn: c,
              lastRow: r + down - 1,
              lastColumn: c + across - 1,
            })
        }
      }
    }
    rowIndex += rowRepeat
  }
  return sheet.build()
}

export function readOds(parts: ZipParts, limits: SheetLimits): Grid {
  const notes = new ReadNotes()
  const text = parts.text('content.xml')
  if (text === undefined)
    throw new SheetFileError('not-spreadsheet', 'The file is not an OpenDocument spreadsheet.')
  const guard = new SheetBuilder('content', limits, { count: 0 })
  if (countTags(text, '<table:table-row', limits.maxRows * 2) > limits.maxRows * 2)
    guard.checkRow(limits.maxRows)
  const root = parseXml(text, 'content.xml')
  if (parts.names.some((n) => n.startsWith('Basic/') || n.startsWith('Scripts/')))
    notes.add(MACROS_IGNORED)
  if (
    findElement(root, 'table-source') ||
    findElement(root, 'dde-source') ||
    findElement(root, 'dde-links')
  )
    notes.add(LINKS_IGNORED)
  const spreadsheet = findElement(root, 'spreadsheet')
  const tables = spreadsheet ? childElements(spreadsheet, 'table') : findElements(root, 'table')
  checkSheetCount(tables.length, limits)
  const cells = { count: 0 }
  return {
    sheets: tables.map((table) => readTable(table, limits, cells, notes)),
    notes: notes.list(),
  }
}
