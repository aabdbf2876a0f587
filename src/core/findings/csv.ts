import { stripNonXmlChars } from '../text/xml-chars'

/**
 * CSV as RFC 4180 writes it, for spreadsheets: a byte-order mark so Excel reads UTF-8, CRLF
 * between records, and every cell that could be read as a formula made inert.
 */

/** Excel and LibreOffice read a file as UTF-8 only when it starts with this. */
export const UTF8_BOM = '\uFEFF'
export const CSV_LINE_END = '\r\n'

/**
 * A cell starting with one of these is run as a formula by spreadsheets ("CSV injection");
 * tab and carriage return are on OWASP's list too. Such a cell gets a leading apostrophe, which
 * spreadsheets read as "this is text".
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell: the characters the report keeps (a lone surrogate cannot be written in UTF-8 at all,
 * and controls and noncharacters are invisible litter in the client's tracker), defused if it
 * then looks like a formula — stripped first, so a control in front cannot hide one — and
 * quoted when it holds a quote, comma or line break.
 */
export function csvCell(value: string): string {
  // Line breaks inside a cell are kept, as LF: CRLF separates records.
  let text = stripNonXmlChars(value).replace(/\r\n?/g, '\n')
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',')
}

/** A whole file: BOM, header row, data rows, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => csvRow(row) + CSV_LINE_END).join('')
}
