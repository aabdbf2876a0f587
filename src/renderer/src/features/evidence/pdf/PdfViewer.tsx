import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react'
import {
  canvasSize,
  canZoomIn,
  canZoomOut,
  CSS_PX_PER_PT,
  fitWidthScale,
  formatZoom,
  initialPdfView,
  pdfKeyAction,
  pdfViewReducer,
  zoomScale,
  type PdfViewAction,
} from './pdf-view'
import { PdfOpening } from './PdfOpening'
import type { PDFDocumentProxy } from './pdfjs'
import { useContentWidth, useDevicePixelRatio } from './stage-measures'
import { usePdfDocument } from './usePdfDocument'
import { usePdfPage } from './usePdfPage'
import { PAGE_IMAGE_SCALE, renderPageImage } from './render-page-image'
import { showError } from '../../../components/toast-store'
import type { PdfPageImage } from '../editor/RedactPdfPage'

interface PdfViewerProps {
  /** The PDF's bytes; undefined while they are read from the database. */
  blob: Blob | undefined
  fileName: string
  /** Offers "Redact this page", handing over the page drawn as an image. */
  onRedactPage?: ((image: PdfPageImage) => void) | undefined
}

/**
 * A PDF drawn by pdf.js into a canvas, one page at a time, inside the app: no browser plugin,
 * so it works in the desktop app (which has none) as in a browser.
 */
export function PdfViewer({ blob, fileName, onRedactPage }: PdfViewerProps) {
  const pdf = usePdfDocument(blob)
  switch (pdf.status) {
    case 'loading':
      return <PdfOpening />
    case 'failed':
      return (
        <p className="preview__none" role="alert">
          {pdf.message}
        </p>
      )
    case 'open':
      return <PdfPages document={pdf.document} fileName={fileName} onRedactPage={onRedactPage} />
  }
}

type ViewAction = PdfViewAction['type']

function PdfPages({
  document,
  fileName,
  onRedactPage,
}: {
  document: PDFDocumentProxy
  fileName: string
  onRedactPage: PdfViewerProps['onRedactPage']
}) {
  const [view, dispatch] = useReducer(pdfViewReducer, document.numPages, initialPdfView)
  const viewerRef = useRef<HTMLDivElement>(null)
  const stageRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const stageWidth = useContentWidth(stageRef)
  const devicePixelRatio = useDevicePixelRatio()
  const page = usePdfPage(document, view.page)
  const fitScale = page.status === 'open' ? fitWidthScale(stageWidth, page.width) : 1
  const scale = zoomScale(view.zoom, fitScale)
  const size =
    page.status === 'open'
      ? canvasSize(page.width, page.height, scale, devicePixelRatio)
      : undefined
  // What the canvas holds: a page at a size, drawn or failed. Anything else is still drawing.
  const drawKey = size && `${view.page}@${size.width}x${size.height}`
  const [drawn, setDrawn] = useState<{ key: string; ok: boolean }>()

  const act = useCallback(
    (type: ViewAction) =>
      dispatch(type === 'zoom-in' || type === 'zoom-out' ? { type, fitScale } : { type }),
    [fitScale],
  )

  // Keys act wherever focus is while the dialog is open (on Close as it opens, or on the page,
  // or nowhere once a button under it was disabled), except in a field such as the SHA-256 one.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !viewerRef.current?.closest('dialog[open]')) return
      const target = event.target instanceof Element ? event.target : null
      const type = pdfKeyAction({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inTextField: !!target?.closest('input, textarea, select, [contenteditable="true"]'),
      })
      if (!type) return
      event.preventDefault()
      act(type)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [act])

  // A new page starts at its top.
  useEffect(() => {
    stageRef.current?.scrollTo({ top: 0 })
  }, [view.page])

  // Draw the page: again whenever its zoom or the screen's pixel density changes.
  const width = size?.width
  const height = size?.height
  const measured = stageWidth > 0
  useEffect(() => {
    const canvas = canvasRef.current
    if (page.status !== 'open' || !canvas || !width || !height || !measured) return
    const key = `${page.number}@${width}x${height}`
    const viewport = page.proxy.getViewport({ scale: scale * CSS_PX_PER_PT })
    canvas.width = width
    canvas.height = height
    const task = page.proxy.render({
      canvas,
      viewport,
      // From the viewport's CSS pixels to the canvas's device pixels.
      transform: [width / viewport.width, 0, 0, height / viewport.height, 0, 0],
    })
    task.promise.then(
      () => setDrawn({ key, ok: true }),
      (error: unknown) => {
        if (error instanceof Error && error.name === 'RenderingCancelledException') return
        setDrawn({ key, ok: false })
      },
    )
    return () => task.cancel()
  }, [page, scale, width, height, measured])

  const label = `Page ${view.page} of ${view.pageCount}`
  const failed =
    page.status === 'failed' || (drawn !== undefined && drawn.key === drawKey && !drawn.ok)
  return (
    <div className="pdf-viewer" ref={viewerRef}>
      <div className="pdf-viewer__bar" role="group" aria-label="Pages and zoom">
        <BarButton
          onClick={() => act('previous')}
          disabled={view.page <= 1}
          keys="ArrowLeft PageUp"
        >
          ‹ Previous page
        </BarButton>
        <span className="pdf-viewer__count" aria-live="polite">
          {label}
        </span>
        <BarButton
          onClick={() => act('next')}
          disabled={view.page >= view.pageCount}
          keys="ArrowRight PageDown"
        >
          Next page ›
        </BarButton>
        <span className="pdf-viewer__zoom">
          <BarButton
            onClick={() => act('zoom-out')}
            disabled={!canZoomOut(view, fitScale)}
            keys="-"
            label="Zoom out"
          >
            −
          </BarButton>
          <output className="pdf-viewer__scale" aria-label="Zoom">
            {formatZoom(scale)}
          </output>
          <BarButton
            onClick={() => act('zoom-in')}
            disabled={!canZoomIn(view, fitScale)}
            keys="+"
            label="Zoom in"
          >
            +
          </BarButton>
          <BarButton onClick={() => act('fit-width')} pressed={view.zoom === 'fit-width'} keys="0">
            Fit width
          </BarButton>
        </span>
        {onRedactPage && page.status === 'open' && (
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              void renderPageImage(page.proxy).then(
                (png) => onRedactPage({ png, page: page.number, scale: PAGE_IMAGE_SCALE }),
                showError,
              )
            }
          >
            Redact this page
          </button>
        )}
      </div>
      <div
        className="pdf-viewer__stage"
        ref={stageRef}
        tabIndex={0}
        role="region"
        aria-label={`${fileName}, ${label.toLowerCase()}`}
        aria-busy={!failed && drawn?.key !== drawKey}
      >
        {failed ? (
          <p className="preview__none" role="alert">
            Page {view.page} of this PDF could not be drawn. Save a copy to open it in your PDF
            reader.
          </p>
        ) : (
          <canvas
            ref={canvasRef}
            className="pdf-viewer__page"
            role="img"
            aria-label={`${label} of ${fileName}`}
            style={size && { width: `${size.cssWidth}px`, height: `${size.cssHeight}px` }}
          />
        )}
      </div>
    </div>
  )
}

interface BarButtonProps {
  onClick: () => void
  /** The keys that do the same, as `aria-keyshortcuts` lists them. */
  keys: string
  disabled?: boolean
  pressed?: boolean
  /** The accessible name, where the button shows a symbol. */
  label?: string
  children: ReactNode
}

function BarButton({ onClick, keys, disabled, pressed, label, children }: BarButtonProps) {
  return (
    <button
      type="button"
      className="button button--small"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
      aria-label={label}
      aria-keyshortcuts={keys}
    >
      {children}
    </button>
  )
}
