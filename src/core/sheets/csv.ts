import { strFromU8 } from 'fflate'
import { CSV_LINE_END, csvRow, UTF8_BOM } from '../findings/csv'
import type { Grid, GridSheet } from './grid'
import { trimRow, trimRows } from './grid'
import { SheetBuilder } from './grid-builder'
import type { SheetLimits } from './sheet-limits'

/**
 * One sheet as CSV, both ways. Reading takes what spreadsheets write: a byte-order mark or not,
 * commas or (as Excel writes in much of Europe) semicolons or tabs, quoted cells with line
 * breaks, CRLF or LF; a file that is not UTF-8 is read as Latin-1 text with a note.
 * Writing uses the action plan's CSV rules, whose apostrophe before a formula-like cell the
 * reader takes off again.
 */

/** True when the bytes are well-formed UTF-8 (no stray continuation bytes, no overlong forms). */
export function isUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!
    const extra =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1
    if (extra < 0 || i + extra >= bytes.length) return false
    for (let k = 1; k <= extra; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false
    i += extra + 1
  }
  return true
}

/** The separator of the first line: whichever of comma, semicolon and tab occurs most outside quotes. */
function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch in counts) counts[ch]!++
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!
  return count > 0 ? best : ','
}

/** What `csvCell` does to a formula-like cell, undone. */
const undoDefuse = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

export function parseCsv(text: string, name: string, limits: SheetLimits): GridSheet {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const separator = detectSeparator(body)
  const sheet = new SheetBuilder(name, limits, { count: 0 })
  let row = 0
  let column = 0
  let cell = ''
  let quoted = false
  const endCell = (): void => {
    sheet.checkColumn(column)
    sheet.set(row, column, undoDefuse(cell))
    cell = ''
    column++
  }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch !== '"') cell += ch
      else if (body[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = false
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === separator) endCell()
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++
      endCell()
      row++
      sheet.checkRow(row)
      column = 0
    } else cell += ch
  }
  if (cell !== '' || column > 0) endCell()
  const built = sheet.build()
  return { ...built, rows: trimRows(built.rows.map(trimRow)) }
}

/** The workbook of one CSV file; the sheet is named after the file. */
export function readCsv(bytes: Uint8Array, fileName: string, limits: SheetLimits): Grid {
  const utf8 = isUtf8(bytes)
  const text = strFromU8(bytes, !utf8)
  const name = fileName.replace(/\.[^.]*$/, '') || 'Sheet 1'
  const notes = utf8
    ? []
    : [
        'The file is not UTF-8 text; it was read as Western European (Latin-1). Check accented letters, or save it again as "CSV UTF-8".',
      ]
  return { sheets: [parseCsv(text, name, limits)], notes }
}

/** One sheet as CSV text: BOM, CRLF, formula-like cells defused (see findings/csv). */
export function writeCsv(sheet: GridSheet): string {
  return UTF8_BOM + sheet.rows.map((row) => csvRow(row) + CSV_LINE_END).join('')
}
