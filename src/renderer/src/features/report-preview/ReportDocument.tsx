import { memo, useMemo, type CSSProperties } from 'react'
import type { ReportBlock, ReportModel } from '@core/report/model'
import { renderBlock, type RenderContext } from './block-renderers'
import { contentsOf, sheetsOf } from './contents'
import { ReportCover } from './ReportCover'
import { printStylesheet, sheetVariables } from './page-layout'
import { useDocumentStylesheet } from './useDocumentStylesheet'
import './report-preview.css'

interface ReportDocumentProps {
  model: ReportModel
  /** Each image's `blob:` URL, by media id. */
  urls: ReadonlyMap<string, string>
  imageLoading: 'lazy' | 'eager'
}

/** CSS pixels per twip (96 px to the inch, 1,440 twips to the inch). */
const PX_PER_TWIP = 96 / 1440

/**
 * The report model as an HTML document laid out on its pages: the cover, then the body in
 * page-like sheets cut where the printed report starts a new page. On paper, `@page` gives each
 * page its size, margins, running header and "Page N of M" (see `printStylesheet`).
 */
export function ReportDocument({ model, urls, imageLoading }: ReportDocumentProps) {
  const { entries, anchors } = useMemo(() => contentsOf(model.body), [model.body])
  const sheets = useMemo(() => sheetsOf(model.body), [model.body])
  const media = useMemo(() => new Map(model.media.map((m) => [m.id, m])), [model.media])
  const { page } = model
  useDocumentStylesheet(useMemo(() => printStylesheet(model), [model]))
  const context: RenderContext = {
    contents: entries,
    anchorOf: (block) => anchors.get(block),
    media,
    urlOf: (id) => urls.get(id),
    imageLoading,
    textWidthPx: Math.round((page.width - page.margin.left - page.margin.right) * PX_PER_TWIP),
  }
  const style = {
    ...sheetVariables(page),
    '--report-accent': `#${model.accentColor}`,
  } as CSSProperties

  return (
    <article className="report-doc" style={style} aria-label={`Report: ${model.cover.title}`}>
      <div className="report-doc__sheet report-doc__sheet--cover">
        <ReportCover
          cover={model.cover}
          language={model.language}
          logoUrl={urls.get(model.cover.logoMediaId ?? '')}
        />
      </div>
      {sheets.map((blocks, i) => (
        <div key={i} className="report-doc__sheet">
          <div className="report-doc__running-header" aria-hidden="true">
            <span>{model.headerText}</span>
            <span>{model.cover.marking}</span>
          </div>
          {blocks.map((block, j) => (
            <Block
              key={j}
              block={block}
              context={context}
              signature={signatureOf(block, context)}
            />
          ))}
        </div>
      ))}
    </article>
  )
}

/**
 * A block re-renders only when what it shows changed: a rebuilt model is all new objects, so
 * blocks are compared by their content. Typing in one section's view re-renders that section's
 * paragraphs, not the thousands of table cells around them.
 */
const Block = memo(
  function Block(props: { block: ReportBlock; context: RenderContext; signature: string }) {
    return renderBlock(props.block, props.context)
  },
  (before, after) => before.signature === after.signature,
)

function signatureOf(block: ReportBlock, context: RenderContext): string {
  switch (block.kind) {
    case 'heading':
      return `${context.anchorOf(block) ?? ''}|${JSON.stringify(block)}`
    case 'image':
      return `${context.urlOf(block.mediaId) ?? ''}|${context.imageLoading}|${JSON.stringify(block)}`
    case 'chart':
      return `${context.textWidthPx}|${JSON.stringify(block)}`
    case 'tableOfContents':
      return JSON.stringify(context.contents)
    default:
      return JSON.stringify(block)
  }
}
