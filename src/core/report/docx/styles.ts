import { LineRuleType, type IStylesOptions } from 'docx'

/**
 * The report's Word styles. Everything a consultant may want to re-brand lives here as named
 * styles (Heading 1–3, Lead, Note, Quote, Table Text, Cover …), so that changing a style in Word
 * changes the whole report; the blocks use these names rather than inline formatting.
 */

export const FONT = 'Calibri'
export const INK = '1C2430'
export const MUTED = '5F6B7C'

export const STYLE = {
  lead: 'Lead',
  note: 'Note',
  quote: 'Quote',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverMeta: 'CoverMeta',
  coverMarking: 'CoverMarking',
  headerFooter: 'HeaderFooterText',
  caption: 'Caption',
  /** docx's own character style, coloured here like the headings. */
  hyperlink: 'Hyperlink',
} as const

const pt = (points: number) => points * 2 // half-points

export function reportStyles(accent: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(10.5), color: INK },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: pt(28), bold: true, color: accent } },
      heading1: {
        run: { font: FONT, size: pt(17), bold: true, color: accent },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: pt(13.5), bold: true, color: accent },
        paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: pt(11.5), bold: true, color: INK },
        paragraph: { spacing: { before: 220, after: 80 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font: FONT, size: pt(9), italics: true, color: MUTED },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
      hyperlink: { run: { color: accent, underline: { type: 'single' } } },
    },
    paragraphStyles: [
      {
        id: STYLE.lead,
        name: 'Lead',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(12), color: '3A4556' },
        paragraph: { spacing: { after: 200, line: 300, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.note,
        name: 'Note',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(9), color: MUTED },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(12), bold: true, color: INK },
        paragraph: {
          indent: { left: 240 },
          spacing: { before: 160, after: 80 },
          border: { left: { style: 'single', size: 18, color: accent, space: 8 } },
          keepNext: true,
        },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: pt(9.5) },
        paragraph: { spacing: { before: 40, after: 40, line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableHeader,
        name: 'Table Header',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true, color: 'FFFFFF' },
      },
      {
        id: STYLE.coverTitle,
        name: 'Cover Title',
        basedOn: 'Normal',
        next: STYLE.coverSubtitle,
        run: { size: pt(30), bold: true, color: accent },
        paragraph: { spacing: { before: 2400, after: 240 } },
      },
      {
        id: STYLE.coverSubtitle,
        name: 'Cover Subtitle',
        basedOn: 'Normal',
        run: { size: pt(16), color: '3A4556' },
        paragraph: { spacing: { after: 960 } },
      },
      {
        id: STYLE.coverMeta,
        name: 'Cover Details',
        basedOn: 'Normal',
        run: { size: pt(11) },
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: STYLE.coverMarking,
        name: 'Cover Marking',
        basedOn: 'Normal',
        run: { size: pt(10), bold: true, allCaps: true, color: 'B42318' },
        paragraph: { spacing: { before: 1200 } },
      },
      {
        id: STYLE.headerFooter,
        name: 'Header Footer Text',
        basedOn: 'Normal',
        run: { size: pt(8.5), color: MUTED },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  }
}

/** Table styles: a restyled table style in Word restyles every table of its kind. */
export const TABLE_STYLE = { ruled: 'ReportTable', plain: 'ReportLayoutTable' } as const

const RULE = 'w:val="single" w:sz="4" w:space="0" w:color="D5DBE3"'
const RULED_BORDERS = `<w:tblBorders><w:top ${RULE}/><w:bottom ${RULE}/><w:insideH ${RULE}/></w:tblBorders>`
const CELL_MARGINS =
  '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'

/**
 * The table styles, as WordprocessingML for styles.xml: docx has no options for table styles
 * (and given its `importedStyles`, it drops its own default styles), so `packReport` adds them.
 */
export const TABLE_STYLES_XML = [
  tableStyle(TABLE_STYLE.ruled, 'Report Table', RULED_BORDERS),
  tableStyle(TABLE_STYLE.plain, 'Report Layout Table', ''),
].join('')

function tableStyle(id: string, name: string, borders: string): string {
  return `<w:style w:type="table" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr>${borders}${CELL_MARGINS}</w:tblPr></w:style>`
}

/** Cell shading per tone: light fills that stay distinct in grayscale, always with text. */
export const TONE_FILL = {
  good: 'E3F1E7',
  warn: 'FFF1D6',
  bad: 'FBE2DF',
  neutral: 'F2F4F7',
  strong: 'E1ECF5',
} as const
