import { Paragraph, type FileChild } from 'docx'
import { ChartRun } from 'docx/charts'
import type { ReportBlock, ReportBlockKind, ReportChart } from '../model'
import { STYLE } from './styles'
import { contentsField } from './wordml/contents'
import { inlinePicture } from './wordml/drawing'
import { paragraph, runs, textRun } from './wordml/paragraph'
import { table } from './wordml/table'
import type { WriteContext } from './wordml/write-context'

/**
 * A block as Word structure: WordprocessingML written directly, or, for what only docx can make
 * (a native chart, with its own part and embedded data), docx objects placed at that point.
 *
 * Why most blocks are written directly: docx's object model costs ~0.3 ms per paragraph to build
 * and serialise, which on a large audit (thousands of paragraphs and table cells) was seconds —
 * several times the cost of storing the 200 images. The markup written here is the same Word
 * structure, with the same named styles, and the package around it is still docx's.
 */
export type WrittenBlock = string | { native: FileChild[] }

type Writers = {
  [K in ReportBlockKind]: (
    block: Extract<ReportBlock, { kind: K }>,
    context: WriteContext,
  ) => WrittenBlock
}

const HEADING_STYLE = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' } as const

/** The largest image on an A4 page inside the margins, in pixels at 96 dpi. */
export const MAX_IMAGE = { width: 600, height: 760 }

// One writer per kind: a new kind of block does not compile until it is given one here.
const WRITERS: Writers = {
  heading: (block, context) => {
    const bookmark = context.bookmarkOf(block)
    const text = textRun(block.text)
    return paragraph(
      { style: HEADING_STYLE[block.level], pageBreakBefore: block.pageBreakBefore },
      bookmark
        ? `<w:bookmarkStart w:id="${bookmark.id}" w:name="${bookmark.name}"/>${text}<w:bookmarkEnd w:id="${bookmark.id}"/>`
        : text,
    )
  },
  paragraph: (block, context) =>
    paragraph({ style: paragraphStyle(block.style) }, runs(block.spans, context.listsAndLinks)),
  bullets: (block, context) =>
    block.items
      .map((spans) =>
        paragraph({ style: 'ListParagraph', bullet: true }, runs(spans, context.listsAndLinks)),
      )
      .join(''),
  numbered: (block, context) => {
    if (block.items.length === 0) return ''
    const numbered = context.listsAndLinks.newNumberedList()
    return block.items
      .map((spans) =>
        paragraph({ style: 'ListParagraph', numbered }, runs(spans, context.listsAndLinks)),
      )
      .join('')
  },
  table: (block, context) =>
    table({
      widths: block.columns.map((c) => c.width),
      headers: {
        texts: block.columns.map((c) => c.header),
        fill: context.accentColor,
        style: STYLE.tableHeader,
      },
      rows: block.rows,
      lines: 'rules',
      cellStyle: STYLE.tableText,
      textWidth: context.textWidth,
      links: context.listsAndLinks,
    }) + caption(block.caption),
  keyValues: (block, context) =>
    table({
      widths: [28, 72],
      rows: block.rows.map(({ key, value }) => [
        { spans: [{ text: key, bold: true }] },
        { spans: value },
      ]),
      lines: 'none',
      cellStyle: STYLE.tableText,
      textWidth: context.textWidth,
      links: context.listsAndLinks,
    }),
  image: (block, context) =>
    paragraph(
      { keepNext: block.caption !== undefined, center: true },
      picture(block.mediaId, MAX_IMAGE, context),
    ) + caption(block.caption),
  chart: (block, context) => ({
    native: [
      new Paragraph({ keepNext: true, children: [chartRun(block.chart, context.accentColor)] }),
      new Paragraph({ style: STYLE.caption, text: block.chart.altText }),
    ],
  }),
  tableOfContents: (_, context) => contentsField(context.contents, context.textWidth),
  pageBreak: () => '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
}

export function writeBlock(block: ReportBlock, context: WriteContext): WrittenBlock {
  const write = WRITERS[block.kind] as (b: ReportBlock, c: WriteContext) => WrittenBlock
  return write(block, context)
}

/** An image of the model as an inline picture, scaled to fit a box. */
export function picture(
  mediaId: string,
  box: { width: number; height: number },
  context: WriteContext,
): string {
  const { image, drawingId } = context.placeImage(mediaId)
  return inlinePicture({
    relationshipId: image.relationshipId,
    drawingId,
    name: image.media.id,
    description: image.media.altText,
    ...fitInside(image.media, box),
  })
}

function caption(text: string | undefined): string {
  return text === undefined ? '' : paragraph({ style: STYLE.caption }, textRun(text))
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
