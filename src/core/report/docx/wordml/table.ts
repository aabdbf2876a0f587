import type { TableCell, TextSpan } from '../../model'
import { TABLE_STYLE, TONE_FILL } from '../styles'
import type { LinkTargets } from './lists-and-links'
import { paragraph, runs } from './paragraph'

export interface TableSpec {
  /** Column widths in percent of the text width; they add up to 100. */
  widths: readonly number[]
  /** A header row that repeats at the top of every page the table runs onto. */
  headers?: { texts: readonly string[]; fill: string; style: string }
  rows: ReadonlyArray<readonly TableCell[]>
  /** Thin rules between rows, or no lines at all. */
  lines: 'rules' | 'none'
  cellStyle: string
  /** The width of the page's text area, in twips, for the column grid. */
  textWidth: number
  /** Where the cells' links go; without it a link is written as its text. */
  links?: LinkTargets
}

/** A full-width table whose rows never split across pages. */
export function table(spec: TableSpec): string {
  const widths = spec.widths.map((w) => `<w:tcW w:w="${Math.round(w * 50)}" w:type="pct"/>`)
  const grid = spec.widths
    .map((w) => `<w:gridCol w:w="${Math.round((w / 100) * spec.textWidth)}"/>`)
    .join('')
  // Lines and cell margins come from the table style, once, rather than on every table.
  const style = spec.lines === 'rules' ? TABLE_STYLE.ruled : TABLE_STYLE.plain
  let out = `<w:tbl><w:tblPr><w:tblStyle w:val="${style}"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>`
  if (spec.headers) {
    const { texts, fill, style } = spec.headers
    out += '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
    texts.forEach((text, i) => {
      out += cell(widths[i], fill, paragraph({ style }, runs([{ text }])))
    })
    out += '</w:tr>'
  }
  for (const row of spec.rows) {
    out += '<w:tr><w:trPr><w:cantSplit/></w:trPr>'
    row.forEach((c, i) => {
      out += cell(
        widths[i],
        c.tone && TONE_FILL[c.tone],
        cellParagraph(c.spans, spec.cellStyle, spec.links),
      )
    })
    out += '</w:tr>'
  }
  return `${out}</w:tbl>`
}

function cellParagraph(spans: readonly TextSpan[], style: string, links?: LinkTargets): string {
  return paragraph({ style }, runs(spans, links))
}

function cell(width: string | undefined, fill: string | undefined, content: string): string {
  const shading = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ''
  return `<w:tc><w:tcPr>${width ?? ''}${shading}</w:tcPr>${content}</w:tc>`
}
