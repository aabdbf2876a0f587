import type { ReportEdition } from '../audit/edition'
import type { BarChart } from '../charts/chart-data'
import type { ReportLanguage } from './text/languages'

/**
 * The report model: what the Word report says, as plain data. `buildReportModel` makes it from an
 * audit; `renderReportDocument` turns it into Word structure. Keeping the two apart lets the
 * content be tested without Word and the Word mapping be tested without an audit.
 */

export interface TextSpan {
  text: string
  bold?: boolean
  italic?: boolean
  /** Monospaced, for hashes and identifiers. */
  mono?: boolean
  /** A muted colour, for secondary details. */
  muted?: boolean
  /**
   * An http(s) or mailto address the text links to. The writers link only such addresses and
   * write any other as plain text, whatever reached the model.
   */
  link?: string
}

/** A tone for a table cell: it shades the cell and is always paired with text. */
export type CellTone = 'good' | 'warn' | 'bad' | 'neutral' | 'strong'

export interface TableCell {
  spans: TextSpan[]
  tone?: CellTone
}

export interface TableColumn {
  header: string
  /** Share of the table's width, in percent; the columns add up to 100. */
  width: number
}

/** The report's charts are the screen's (src/core/charts): one source, drawn natively in Word. */
export type ReportChart = BarChart

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; pageBreakBefore?: boolean }
  | { kind: 'paragraph'; spans: TextSpan[]; style?: 'body' | 'lead' | 'note' | 'quote' }
  | { kind: 'bullets'; items: TextSpan[][] }
  /** An ordered list; each list numbers from 1. */
  | { kind: 'numbered'; items: TextSpan[][] }
  | { kind: 'table'; columns: TableColumn[]; rows: TableCell[][]; caption?: string }
  | { kind: 'keyValues'; rows: Array<{ key: string; value: TextSpan[] }> }
  | { kind: 'image'; mediaId: string; caption?: string }
  | { kind: 'chart'; chart: ReportChart }
  | { kind: 'tableOfContents' }
  | { kind: 'pageBreak' }

export type ReportBlockKind = ReportBlock['kind']

/** An image the report embeds; its bytes are resolved when the document is packed. */
export interface ReportMedia {
  id: string
  type: 'png' | 'jpg'
  /** Pixel size of the bytes that will be embedded. */
  width: number
  height: number
  altText: string
}

export interface ReportCover {
  title: string
  subtitle: string
  client: string
  system: string
  firm: string
  auditors: string[]
  /** As it should read, e.g. "28 November 2026". */
  date: string
  marking: string
  /** Who the report is for; the internal edition's cover says so (`editionNotice`). */
  edition: ReportEdition
  logoMediaId?: string
}

/**
 * The page the report is laid out on, in twentieths of a point (Word's unit): A4 by default, or
 * the firm's template's. The Word writer and the HTML preview both lay out to it.
 */
export interface ReportPage {
  width: number
  height: number
  margin: {
    top: number
    right: number
    bottom: number
    left: number
    header: number
    footer: number
  }
}

/** A4 with 2.2 cm margins. */
export const A4_PAGE: ReportPage = {
  width: 11906,
  height: 16838,
  margin: { top: 1250, bottom: 1250, left: 1250, right: 1250, header: 600, footer: 600 },
}

export interface ReportModel {
  /** The language of the report's fixed text, which its writers also use (`reportText`). */
  language: ReportLanguage
  cover: ReportCover
  page: ReportPage
  /** Shown in every page header after the cover. */
  headerText: string
  /** 6-digit hex without '#', used for headings and table headers. */
  accentColor: string
  body: ReportBlock[]
  media: ReportMedia[]
}
