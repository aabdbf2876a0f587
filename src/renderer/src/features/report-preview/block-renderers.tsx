import type { ReactNode } from 'react'
import type { ReportBlock, ReportBlockKind, ReportMedia } from '@core/report/model'
import { ChartImage } from '../results/ChartImage'
import type { ContentsEntry } from './contents'
import { ReportImage } from './ReportImage'
import { Spans } from './Spans'

/** What a block's renderer may need besides the block: the document's shared facts. */
export interface RenderContext {
  contents: readonly ContentsEntry[]
  /** The id of each heading the contents link to. */
  anchorOf(block: ReportBlock): string | undefined
  media: ReadonlyMap<string, ReportMedia>
  /** Each image's `blob:` URL, once made. */
  urlOf(mediaId: string): string | undefined
  /** The print view loads every image at once; the screen only those scrolled near. */
  imageLoading: 'lazy' | 'eager'
  /** The width of the page's text, in CSS pixels, for the chart. */
  textWidthPx: number
}

type Renderers = {
  [K in ReportBlockKind]: (
    block: Extract<ReportBlock, { kind: K }>,
    context: RenderContext,
  ) => ReactNode
}

const PARAGRAPH_CLASS = {
  body: 'report-doc__p',
  lead: 'report-doc__p report-doc__p--lead',
  note: 'report-doc__p report-doc__p--note',
  quote: 'report-doc__p report-doc__p--quote',
} as const

/** Cell shading per tone, the fills Word uses (docx/styles.ts `TONE_FILL`). */
const TONE_CLASS = {
  good: 'report-doc__cell--good',
  warn: 'report-doc__cell--warn',
  bad: 'report-doc__cell--bad',
  neutral: 'report-doc__cell--neutral',
  strong: 'report-doc__cell--strong',
} as const

// One renderer per kind, as the Word writers (docx/blocks.ts `WRITERS`): a new kind of block does
// not compile until it is given one here too.
const RENDERERS: Renderers = {
  heading: (block, context) => {
    const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 1] ?? 'h4'
    return (
      <Tag
        id={context.anchorOf(block)}
        className={`report-doc__heading report-doc__heading--${block.level}`}
      >
        {block.text}
      </Tag>
    )
  },
  paragraph: (block) => (
    <p className={PARAGRAPH_CLASS[block.style ?? 'body']}>
      <Spans spans={block.spans} />
    </p>
  ),
  bullets: (block) => (
    <ul className="report-doc__bullets">
      {block.items.map((spans, i) => (
        <li key={i}>
          <Spans spans={spans} />
        </li>
      ))}
    </ul>
  ),
  numbered: (block) => (
    <ol className="report-doc__numbered">
      {block.items.map((spans, i) => (
        <li key={i}>
          <Spans spans={spans} />
        </li>
      ))}
    </ol>
  ),
  table: (block) => (
    <figure className="report-doc__figure">
      <table className="report-doc__table">
        <colgroup>
          {block.columns.map((column, i) => (
            <col key={i} style={{ width: `${column.width}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((column, i) => (
              <th key={i} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={cell.tone && TONE_CLASS[cell.tone]}>
                  <Spans spans={cell.spans} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {block.caption !== undefined && <Caption text={block.caption} />}
    </figure>
  ),
  // A description list, not a table: it is what the pairs are, and cheaper for the print engine to
  // lay out across pages (the largest benchmark audit has one per question; as tables, printing
  // its PDF took 10–30% longer).
  keyValues: (block) => (
    <dl className="report-doc__key-values">
      {block.rows.map(({ key, value }, i) => (
        <div key={i} className="report-doc__key-value">
          <dt>{key}</dt>
          <dd>
            <Spans spans={value} />
          </dd>
        </div>
      ))}
    </dl>
  ),
  image: (block, context) => (
    <figure className="report-doc__figure report-doc__figure--image">
      <ReportImage
        media={context.media.get(block.mediaId)}
        url={context.urlOf(block.mediaId)}
        loading={context.imageLoading}
      />
      {block.caption !== undefined && <Caption text={block.caption} />}
    </figure>
  ),
  chart: (block, context) => (
    <figure className="report-doc__figure report-doc__figure--chart">
      <ChartImage chart={block.chart} width={context.textWidthPx} />
      <Caption text={block.chart.altText} />
    </figure>
  ),
  tableOfContents: (_, context) => (
    <nav className="report-doc__contents" aria-label="Contents of the report">
      <ol>
        {context.contents.map((entry) => (
          <li key={entry.anchor} className={`report-doc__contents-entry--${entry.level}`}>
            <a href={`#${entry.anchor}`} onClick={(event) => scrollToAnchor(event, entry.anchor)}>
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  ),
  // The body is cut into sheets at page breaks (`sheetsOf`); one left inside a sheet still breaks.
  pageBreak: () => <div className="report-doc__page-break" role="presentation" />,
}

export function renderBlock(block: ReportBlock, context: RenderContext): ReactNode {
  const render = RENDERERS[block.kind] as (b: ReportBlock, c: RenderContext) => ReactNode
  return render(block, context)
}

function Caption({ text }: { text: string }) {
  return <figcaption className="report-doc__caption">{text}</figcaption>
}

// The app routes by the URL's hash, so an in-document link scrolls instead of navigating; the
// href stays, so the printed PDF links the contents to its headings.
function scrollToAnchor(event: React.MouseEvent, anchor: string): void {
  event.preventDefault()
  document.getElementById(anchor)?.scrollIntoView({ behavior: 'smooth', block: 'start' })
}
