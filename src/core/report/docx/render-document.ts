import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx'
import { withXmlSafeText } from '../../text/xml-chars'
import type { ReportBlock, ReportModel, ReportPage } from '../model'
import { coverDetails, pageNumberParts } from '../text/cover-details'
import { reportText } from '../text/languages'
import type { ReportText } from '../text/report-text'
import { picture, writeBlock } from './blocks'
import { reportStyles, STYLE } from './styles'
import { paragraph, textRun } from './wordml/paragraph'
import type { ListsAndLinks } from './wordml/lists-and-links'
import { WriteContext, type PlacedImage } from './wordml/write-context'

/**
 * The report as a Word document, in two halves that `packReport` joins: docx's `Document` (the
 * package: styles, numbering, settings, header and footer, sections, charts) whose body holds
 * placeholder paragraphs, and the WordprocessingML written for each placeholder.
 */
export interface RenderedReport {
  document: Document
  /** The markup each placeholder paragraph stands for, by its number. */
  slots: string[]
  /** The images the markup shows, each to become a media part with a relationship. */
  images: PlacedImage[]
  /** The numbered lists and external links the markup uses, to be added to the package. */
  listsAndLinks: ListsAndLinks
}

/**
 * A cover page of its own, then the body with a header (the client and the confidentiality
 * marking) and a footer with page numbers. Word fills the table of contents field when the
 * document opens.
 *
 * Every part of the package is made from the model, by our writers or by docx's (core and app
 * properties, header, footer, the chart and its embedded workbook, which no pass over the
 * package's XML could reach). So the model is stripped of characters XML cannot hold here, once,
 * as it comes in: no writer, present or future, sees a string that has not been through it.
 */
export function renderReportDocument(input: ReportModel): RenderedReport {
  const model = withXmlSafeText(input)
  const words = reportText(model.language)
  const textWidth = textWidthOf(model.page)
  const page = {
    size: { width: model.page.width, height: model.page.height },
    margin: model.page.margin,
  }
  const context = new WriteContext(
    model.accentColor,
    textWidth,
    new Map(model.media.map((m) => [m.id, m])),
    model.body,
  )
  const slots: string[] = []
  const slot = (markup: string) => {
    slots.push(markup)
    return new Paragraph({ children: [new TextRun(slotMarker(slots.length - 1))] })
  }
  const document = new Document({
    title: model.cover.title,
    subject: `${model.cover.client} — ${model.cover.system}`,
    creator: model.cover.firm || model.cover.auditors.join(', '),
    description: model.cover.subtitle,
    styles: reportStyles(model.accentColor),
    // Word fills the contents' page numbers when it opens the file. (docx/layout could work
    // them out now, but takes seconds per document: too slow for a one-click export.)
    features: { updateFields: true },
    sections: [
      // The cover's last paragraph ends its section (docx puts the section break in it), so
      // it is an empty one of docx's rather than the placeholder.
      { properties: { page }, children: [slot(cover(model, context, words)), new Paragraph({})] },
      {
        properties: { page },
        headers: { default: header(model, textWidth) },
        footers: { default: footer(model, textWidth, words) },
        children: bodyChildren(model.body, context, slot),
      },
    ],
  })
  return { document, slots, images: context.images, listsAndLinks: context.listsAndLinks }
}

/** Consecutive written blocks share one placeholder; docx's own blocks go in between. */
function bodyChildren(
  body: readonly ReportBlock[],
  context: WriteContext,
  slot: (markup: string) => Paragraph,
): FileChild[] {
  const children: FileChild[] = []
  let pending = ''
  for (const block of body) {
    const written = writeBlock(block, context)
    if (typeof written === 'string') {
      pending += written
      continue
    }
    if (pending) children.push(slot(pending))
    pending = ''
    children.push(...written.native)
  }
  if (pending) children.push(slot(pending))
  return children
}

/** The width inside the margins: what the blocks fit images and tables into. */
export function textWidthOf(page: ReportPage): number {
  return page.width - page.margin.left - page.margin.right
}

const SLOT_PREFIX = 'audit-workbook-slot-'

export function slotMarker(n: number): string {
  return `${SLOT_PREFIX}${n}`
}

/** The placeholder paragraph exactly as docx writes it: anything else is not a placeholder. */
export const SLOT_PARAGRAPH = new RegExp(
  `<w:p><w:r><w:t xml:space="preserve">${SLOT_PREFIX}(\\d+)</w:t></w:r></w:p>`,
  'g',
)

function cover(model: ReportModel, context: WriteContext, words: ReportText): string {
  const { cover } = model
  return [
    cover.logoMediaId
      ? paragraph({}, picture(cover.logoMediaId, { width: 220, height: 90 }, context))
      : '',
    paragraph({ style: STYLE.coverTitle }, textRun(cover.title)),
    paragraph({ style: STYLE.coverSubtitle }, textRun(cover.subtitle)),
    ...coverDetails(cover, words).map(({ label, value }) =>
      paragraph(
        { style: STYLE.coverMeta },
        textRun(`${label} `, '<w:b/><w:bCs/>') + textRun(value),
      ),
    ),
    paragraph({ style: STYLE.coverMarking }, coverMarking(cover, words)),
  ].join('')
}

/** The marking, and under it in the same style which edition this is, when it is not the client's. */
function coverMarking(cover: ReportModel['cover'], words: ReportText): string {
  const notice = words.editionNotice(cover.edition)
  return textRun(cover.marking) + (notice ? `<w:r><w:br/></w:r>${textRun(notice)}` : '')
}

function header(model: ReportModel, textWidth: number): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [new TextRun(model.headerText), new TextRun(`\t${model.cover.marking}`)],
      }),
    ],
  })
}

function footer(model: ReportModel, textWidth: number, words: ReportText): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.LEFT,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun(model.cover.title),
          new TextRun({ children: pageNumberChildren(words) }),
        ],
      }),
    ],
  })
}

/** "\tPage N of M" in the report's language, its numbers as Word's fields. */
function pageNumberChildren(words: ReportText): string[] {
  const parts = pageNumberParts(words)
  // The tab takes the number to the right-hand stop; it joins the first words, as before.
  const [first, ...rest] = parts
  const tabbed = typeof first === 'string' ? [`\t${first}`, ...rest] : ['\t', ...parts]
  return tabbed.map((part) =>
    typeof part === 'string'
      ? part
      : part.field === 'page'
        ? PageNumber.CURRENT
        : PageNumber.TOTAL_PAGES,
  )
}
