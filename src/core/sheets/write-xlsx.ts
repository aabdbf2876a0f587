import { strToU8, zipSync, type Zippable } from 'fflate'
import { stripNonXmlChars } from '../text/xml-chars'
import { columnName, type Grid, type GridSheet } from './grid'

/**
 * A grid as a minimal .xlsx that Excel, LibreOffice and Numbers open: a workbook, one worksheet
 * per sheet with inline strings (no shared-string table to keep in step), merged ranges, and a
 * style sheet whose second style wraps text and aligns it to the top, for long guidance.
 * Numbers that read back exactly are written as numbers, so a weight is not "number stored as
 * text"; everything else is text, never a formula, whatever it starts with.
 */

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'

function escapeXml(text: string): string {
  return stripNonXmlChars(text)
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_') // a literal "_x000D_" stays literal
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique. */
export function safeSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>()
  return names.map((raw, i) => {
    const base = (
      stripNonXmlChars(raw)
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || `Sheet ${i + 1}`
    ).slice(0, 31)
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
    used.add(name.toLowerCase())
    return name
  })
}

const isPlainNumber = (text: string): boolean =>
  /^-?\d{1,15}(\.\d{1,15})?$/.test(text) && String(Number(text)) === text

function cellXml(ref: string, text: string, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`
  if (isPlainNumber(text)) return `<c r="${ref}"${s}><v>${text}</v></c>`
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`
}

function worksheetXml(sheet: GridSheet, widths: readonly number[]): string {
  const cols =
    widths.length === 0
      ? ''
      : `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((text, c) => (text === '' ? '' : cellXml(`${columnName(c)}${r + 1}`, text, 1)))
        .join('')
      return cells === '' ? '' : `<row r="${r + 1}">${cells}</row>`
    })
    .join('')
  const merges =
    sheet.merges.length === 0
      ? ''
      : `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${columnName(m.firstColumn)}${m.firstRow + 1}:${columnName(m.lastColumn)}${m.lastRow + 1}"/>`).join('')}</mergeCells>`
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${cols}<sheetData>${rows}</sheetData>${merges}</worksheet>`
}

/** Column widths from the longest text in each column, within Excel's comfortable range. */
function columnWidths(sheet: GridSheet): number[] {
  const widths: number[] = []
  for (const row of sheet.rows)
    row.forEach((text, c) => {
      widths[c] = Math.max(
        widths[c] ?? 8,
        Math.min(60, Math.max(...text.split('\n').map((line) => line.length)) + 2),
      )
    })
  return Array.from(widths, (w) => w ?? 8)
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

/** The .xlsx bytes of a grid; `mtime` is the time stamped on its parts (core has no clock). */
export function writeXlsx(grid: Grid, mtime: Date): Uint8Array {
  const names = safeSheetNames(grid.sheets.map((s) => s.name))
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${names.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  }
  grid.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet, columnWidths(sheet)))
  })
  return zipSync(files, { level: 6, mtime })
}
