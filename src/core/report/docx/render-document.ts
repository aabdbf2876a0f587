import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx'
import type { ReportMedia, ReportModel } from '../model'
import { fitInside, renderBlock, type RenderContext } from './blocks'
import { reportStyles, STYLE } from './styles'

/** A4 with 2.2 cm margins: the width the blocks fit images and tables into. */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1250, bottom: 1250, left: 1250, right: 1250, header: 600, footer: 600 },
}
const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right

/**
 * The report as a Word document: a cover page of its own, then the body with a header (the
 * client and the confidentiality marking) and a footer with page numbers. Word fills the table
 * of contents field when the document opens.
 */
export function renderReportDocument(
  model: ReportModel,
  imageData: (media: ReportMedia) => Uint8Array,
): Document {
  const context: RenderContext = {
    accentColor: model.accentColor,
    media: new Map(model.media.map((m) => [m.id, m])),
    imageData,
  }
  return new Document({
    title: model.cover.title,
    subject: `${model.cover.client} — ${model.cover.system}`,
    creator: model.cover.firm || model.cover.auditors.join(', '),
    description: model.cover.subtitle,
    styles: reportStyles(model.accentColor),
    // Word fills the contents' page numbers when it opens the file. (docx/layout could work
    // them out now, but takes seconds per document: too slow for a one-click export.)
    features: { updateFields: true },
    sections: [
      { properties: { page: PAGE }, children: cover(model, context) },
      {
        properties: { page: PAGE },
        headers: { default: header(model) },
        footers: { default: footer(model) },
        children: model.body.flatMap((block) => renderBlock(block, context)),
      },
    ],
  })
}

function cover(model: ReportModel, context: RenderContext): FileChild[] {
  const { cover } = model
  const logo = cover.logoMediaId ? context.media.get(cover.logoMediaId) : undefined
  const details: Array<[string, string]> = [
    ['Client', cover.client],
    ['System audited', cover.system],
    ['Prepared by', [cover.auditors.join(', '), cover.firm].filter(Boolean).join(', ')],
    ['Date', cover.date],
  ]
  return [
    ...(logo ? [logoParagraph(logo, context)] : []),
    new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(cover.title)] }),
    new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(cover.subtitle)] }),
    ...details.map(
      ([label, value]) =>
        new Paragraph({
          style: STYLE.coverMeta,
          children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
        }),
    ),
    new Paragraph({ style: STYLE.coverMarking, children: [new TextRun(cover.marking)] }),
  ]
}

function logoParagraph(logo: ReportMedia, context: RenderContext): Paragraph {
  return new Paragraph({
    children: [
      new ImageRun({
        type: logo.type,
        data: context.imageData(logo),
        transformation: fitInside(logo, { width: 220, height: 90 }),
        altText: { name: 'logo', description: logo.altText, title: logo.altText },
      }),
    ],
  })
}

function header(model: ReportModel): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [new TextRun(model.headerText), new TextRun(`\t${model.cover.marking}`)],
      }),
    ],
  })
}

function footer(model: ReportModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.LEFT,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun(model.cover.title),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  })
}
