import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx'
import { ChartRun } from 'docx/charts'
import type {
  ReportBlock,
  ReportBlockKind,
  ReportChart,
  ReportMedia,
  TableCell as ModelCell,
  TextSpan,
} from '../model'
import { MUTED, STYLE, TONE_FILL } from './styles'

/** What a block needs besides itself: the accent colour and the embedded images. */
export interface RenderContext {
  accentColor: string
  media: ReadonlyMap<string, ReportMedia>
  /** The bytes docx is given for an image; see pack-docx.ts for why they are a stand-in. */
  imageData(media: ReportMedia): Uint8Array
}

/** The largest image on an A4 page inside the margins, in pixels at 96 dpi. */
export const MAX_IMAGE = { width: 600, height: 760 }

type Renderers = {
  [K in ReportBlockKind]: (
    block: Extract<ReportBlock, { kind: K }>,
    context: RenderContext,
  ) => FileChild[]
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }

// One renderer per kind: a new kind of block does not compile until it is given one here.
const RENDERERS: Renderers = {
  heading: (block) => [
    new Paragraph({
      heading: HEADINGS[block.level],
      pageBreakBefore: block.pageBreakBefore,
      children: [new TextRun(block.text)],
    }),
  ],
  paragraph: (block) => [
    new Paragraph({ style: paragraphStyle(block.style), children: runs(block.spans) }),
  ],
  bullets: (block) =>
    block.items.map((spans) => new Paragraph({ bullet: { level: 0 }, children: runs(spans) })),
  table: (block, context) => [
    table(
      block.columns.map((c) => c.width),
      block.columns.map((c) => c.header),
      block.rows,
      context,
    ),
    ...(block.caption ? [new Paragraph({ style: STYLE.caption, text: block.caption })] : []),
  ],
  keyValues: (block) => [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: block.rows.map(
        ({ key, value }) =>
          new TableRow({
            cantSplit: true,
            children: [cell([{ text: key, bold: true }], 28), cell(value, 72)],
          }),
      ),
    }),
  ],
  image: (block, context) => {
    const media = context.media.get(block.mediaId)
    if (!media) throw new Error(`The report refers to an image it does not carry: ${block.mediaId}`)
    const size = fitInside(media, MAX_IMAGE)
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: block.caption !== undefined,
        children: [
          new ImageRun({
            type: media.type,
            data: context.imageData(media),
            transformation: size,
            altText: { name: media.id, description: media.altText, title: media.altText },
          }),
        ],
      }),
      ...(block.caption ? [new Paragraph({ style: STYLE.caption, text: block.caption })] : []),
    ]
  },
  chart: (block, context) => [
    new Paragraph({ children: [chartRun(block.chart, context.accentColor)] }),
    new Paragraph({ style: STYLE.caption, text: block.chart.altText }),
  ],
  tableOfContents: () => [
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ],
  pageBreak: () => [new Paragraph({ children: [new PageBreak()] })],
}

export function renderBlock(block: ReportBlock, context: RenderContext): FileChild[] {
  const render = RENDERERS[block.kind] as (b: ReportBlock, c: RenderContext) => FileChild[]
  return render(block, context)
}

export function runs(spans: readonly TextSpan[]): TextRun[] {
  return spans.flatMap((span) => {
    // Line breaks in notes become Word line breaks, not lost whitespace.
    const lines = span.text.split(/\r?\n/)
    return lines.map(
      (line, index) =>
        new TextRun({
          text: line,
          break: index > 0 ? 1 : undefined,
          bold: span.bold,
          italics: span.italic,
          color: span.muted ? MUTED : undefined,
          font: span.mono ? 'Consolas' : undefined,
          size: span.mono ? 17 : undefined,
        }),
    )
  })
}

function paragraphStyle(style: 'body' | 'lead' | 'note' | 'quote' | undefined): string | undefined {
  switch (style) {
    case 'lead':
      return STYLE.lead
    case 'note':
      return STYLE.note
    case 'quote':
      return STYLE.quote
    default:
      return undefined
  }
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
}
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE3' }

function table(
  widths: number[],
  headers: string[],
  rows: ModelCell[][],
  context: RenderContext,
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...NO_BORDERS, top: RULE, bottom: RULE, insideHorizontal: RULE },
    rows: [
      new TableRow({
        tableHeader: true, // repeats at the top of every page the table runs onto
        cantSplit: true,
        children: headers.map(
          (header, i) =>
            new TableCell({
              width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: context.accentColor },
              margins: CELL_MARGINS,
              children: [new Paragraph({ style: STYLE.tableHeader, text: header })],
            }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => cell(c.spans, widths[i] ?? 10, c.tone)),
          }),
      ),
    ],
  })
}

const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 }

function cell(spans: readonly TextSpan[], width: number, tone?: ModelCell['tone']): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    margins: CELL_MARGINS,
    shading: tone ? { type: ShadingType.CLEAR, color: 'auto', fill: TONE_FILL[tone] } : undefined,
    children: [new Paragraph({ style: STYLE.tableText, children: runs(spans) })],
  })
}

/** Scales a picture down, never up, to fit a box, keeping its proportions. */
export function fitInside(
  size: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(1, box.width / size.width, box.height / size.height)
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) }
}

function chartRun(chart: ReportChart, accent: string): ChartRun {
  const height = Math.max(220, 90 + chart.bars.length * 36)
  return new ChartRun({
    type: 'bar',
    title: chart.title,
    legend: false,
    // Word draws the first category at the bottom; reversed, the list reads top to bottom.
    categoryAxis: { reverseOrder: true },
    valueAxis: { minimum: 0, maximum: 100, interval: 25, title: chart.axisTitle },
    categories: chart.bars.map((bar) => `${bar.label} (${bar.note})`),
    // A bar with nothing to score is a gap, as on screen, not a zero.
    series: [{ name: chart.axisTitle, values: chart.bars.map((bar) => bar.value), color: accent }],
    dataLabels: { value: true, position: 'outsideEnd', numberFormat: '0"%"' },
    transformation: { width: 600, height },
    altText: { name: chart.title, description: chart.altText, title: chart.title },
  })
}
