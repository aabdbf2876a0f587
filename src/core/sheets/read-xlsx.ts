import { parseCellRef, parseRangeRef, type Grid, type GridSheet } from './grid'
import {
  checkSheetCount,
  LINKS_IGNORED,
  MACROS_IGNORED,
  ReadNotes,
  SheetBuilder,
} from './grid-builder'
import { quoteSheet, SheetFileError } from './sheet-file-error'
import type { SheetLimits } from './sheet-limits'
import {
  childElements,
  findElement,
  findElements,
  firstChild,
  parseXml,
  textContent,
  type XmlElement,
} from './xml'
import type { ZipParts } from './zip-parts'

/**
 * An Office Open XML workbook (.xlsx, and .xlsm whose macros are ignored) read into a grid: the
 * sheets in workbook order, each cell's value as text, merged ranges. Formulas are not run; a
 * formula cell gives the value its program cached, and a note counts them. Only the workbook,
 * its relationships, the shared strings and the worksheets are ever inflated.
 */

const WORKSHEET_TYPE = /\/worksheet$/

export function isXlsx(parts: ZipParts): boolean {
  return parts.has('xl/workbook.xml')
}

/** `_x000D_` in OOXML text is the character U+000D; `_x005F_` escapes a literal underscore. */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : text
}

/** The text of a string item: its `t`, or its runs' `t`s, never the phonetic guide (`rPh`). */
function stringItemText(item: XmlElement): string {
  let out = ''
  for (const child of childElements(item)) {
    if (child.name === 't') out += textContent(child)
    else if (child.name === 'r') for (const t of childElements(child, 't')) out += textContent(t)
  }
  return decodeOoxmlEscapes(out)
}

function readSharedStrings(parts: ZipParts, target: string | undefined): string[] {
  const text = target === undefined ? undefined : parts.text(target)
  if (text === undefined) return []
  return childElements(parseXml(text, target!), 'si').map(stringItemText)
}

/** Resolves a relationship target against the folder of the part that names it. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}

function readRelationships(parts: ZipParts): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>()
  const text = parts.text('xl/_rels/workbook.xml.rels')
  if (text === undefined) return rels
  for (const rel of childElements(parseXml(text, 'xl/_rels/workbook.xml.rels'), 'Relationship')) {
    if (rel.attrs.TargetMode === 'External') continue
    rels.set(rel.attrs.Id ?? '', {
      type: rel.attrs.Type ?? '',
      target: resolveTarget('xl/workbook.xml', rel.attrs.Target ?? ''),
    })
  }
  return rels
}

function cellText(cell: XmlElement, shared: readonly string[]): string {
  const type = cell.attrs.t ?? 'n'
  if (type === 'inlineStr') {
    const inline = firstChild(cell, 'is')
    return inline ? stringItemText(inline) : ''
  }
  const valueElement = firstChild(cell, 'v')
  const value = valueElement ? textContent(valueElement) : ''
  if (value === '') return ''
  switch (type) {
    case 's':
      return shared[Number(value)] ?? ''
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE'
    case 'str':
      return decodeOoxmlEscapes(value)
    default:
      return value
  }
}

/** Counts occurrences of a tag, stopping past `limit`: a cheap look before anything is parsed. */
export function countTags(text: string, tag: string, limit: number): number {
  let count = 0
  for (
    let at = text.indexOf(tag);
    at !== -1 && count <= limit;
    at = text.indexOf(tag, at + tag.length)
  )
    count++
  return count
}

function readWorksheet(
  name: string,
  part: string,
  text: string,
  shared: readonly string[],
  limits: SheetLimits,
  cells: { count: number },
  notes: ReadNotes,
): ReturnType<SheetBuilder['build']> {
  const sheet = new SheetBuilder(name, limits, cells)
  if (countTags(text, '<row', limits.maxRows) > limits.maxRows) sheet.checkRow(limits.maxRows)
  const root = parseXml(text, part)
  const data = firstChild(root, 'sheetData')
  let rowIndex = -1
  for (const row of data ? childElements(data, 'row') : []) {
    const declared = Number(row.attrs.r)
    rowIndex = Number.isInteger(declared) && declared > rowIndex + 1 ? declared - 1 : rowIndex + 1
    let columnIndex = -1
    for (const cell of childElements(row, 'c')) {
      const ref = cell.attrs.r === undefined ? undefined : parseCellRef(cell.attrs.r)
      columnIndex = ref ? ref.column : columnIndex + 1
      if (firstChild(cell, 'f'))
        notes.formula(name, ref ? (cell.attrs.r ?? '') : `row ${rowIndex + 1}`)
      sheet.set(rowIndex, columnIndex, cellText(cell, shared))
    }
  }
  const mergeList = firstChild(root, 'mergeCells')
  for (const merge of mergeList ? childElements(mergeList, 'mergeCell') : []) {
    const range = parseRangeRef(merge.attrs.ref ?? '')
    if (range) sheet.merge(range)
  }
  return sheet.build()
}

export function readXlsx(parts: ZipParts, limits: SheetLimits): Grid {
  const notes = new ReadNotes()
  const workbookText = parts.text('xl/workbook.xml')
  if (workbookText === undefined)
    throw new SheetFileError('not-spreadsheet', 'The file is not an Excel workbook.')
  const workbook = parseXml(workbookText, 'xl/workbook.xml')
  const rels = readRelationships(parts)

  if (parts.names.some((n) => /vbaProject\.bin$/i.test(n))) notes.add(MACROS_IGNORED)
  if (
    findElement(workbook, 'externalReferences') ||
    parts.names.some((n) => n.startsWith('xl/externalLinks/') || n === 'xl/connections.xml')
  )
    notes.add(LINKS_IGNORED)

  const sheetList = findElements(workbook, 'sheet')
  checkSheetCount(sheetList.length, limits)
  const sharedTarget = [...rels.values()].find((r) => /\/sharedStrings$/.test(r.type))?.target
  const shared = readSharedStrings(parts, sharedTarget)
  const cells = { count: 0 }
  const sheets: GridSheet[] = []
  for (const entry of sheetList) {
    const name = entry.attrs.name ?? `Sheet ${sheets.length + 1}`
    const rel = rels.get(entry.attrs.id ?? '')
    if (!rel || !WORKSHEET_TYPE.test(rel.type)) {
      notes.add(
        `The sheet ${quoteSheet(name)} is a chart or dialog sheet, not a sheet of cells; it was skipped.`,
      )
      continue
    }
    const text = parts.text(rel.target)
    if (text === undefined)
      throw new SheetFileError(
        'damaged',
        `The file is damaged: the sheet ${quoteSheet(name)} is missing.`,
      )
    sheets.push(readWorksheet(name, rel.target, text, shared, limits, cells, notes))
  }
  return { sheets, notes: notes.list() }
}
