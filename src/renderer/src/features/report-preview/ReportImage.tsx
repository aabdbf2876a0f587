import type { ReportMedia } from '@core/report/model'

/**
 * An embedded image at its own proportions, scaled down to the page's text width as Word scales
 * it. Its size is known before it loads, so the document does not jump as images arrive.
 */
export function ReportImage(props: {
  media: ReportMedia | undefined
  url: string | undefined
  loading: 'lazy' | 'eager'
}) {
  const { media, url, loading } = props
  if (!media) return null
  const style = { aspectRatio: `${media.width} / ${media.height}`, maxWidth: `${media.width}px` }
  if (!url) return <div className="report-doc__image report-doc__image--pending" style={style} />
  return (
    <img
      ref={stopLoadingWhenRemoved}
      className="report-doc__image"
      src={url}
      alt={media.altText}
      width={media.width}
      height={media.height}
      loading={loading}
      decoding="async"
      style={style}
    />
  )
}

/**
 * An image removed while it loads (the preview closed, the report rebuilt without it) stops
 * loading before its URL is revoked, or the revoked URL fails loudly in the console. A ref
 * callback of fixed identity: React calls its cleanup only when the element goes.
 */
function stopLoadingWhenRemoved(img: HTMLImageElement | null): (() => void) | undefined {
  if (!img) return undefined
  return () => {
    if (!img.complete) img.removeAttribute('src')
  }
}
