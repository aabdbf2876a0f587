/**
 * What the PDF viewer shows, as pure functions: which page, at what zoom, how large the canvas
 * is, what a key does, and what to say when a file cannot be opened. The component only renders.
 */

/** Zoom steps, as a share of the page's actual size (1 = 100%). */
const MIN_ZOOM = 0.25
const MAX_ZOOM = 4
export const ZOOM_STEPS: readonly number[] = [MIN_ZOOM, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, MAX_ZOOM]

/** CSS pixels per PDF point at 100 %: a point is 1/72 inch, a CSS pixel 1/96 inch. */
export const CSS_PX_PER_PT = 96 / 72

/** Zoomed to fill the stage's width, or a fixed share of the actual size. */
export type Zoom = 'fit-width' | number

export interface PdfView {
  /** 1-based. */
  page: number
  pageCount: number
  zoom: Zoom
}

export type PdfViewAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** `fitScale`: the zoom that fits the width now, where zooming starts from in 'fit-width'. */
  | { type: 'zoom-in'; fitScale: number }
  | { type: 'zoom-out'; fitScale: number }
  | { type: 'fit-width' }

export function initialPdfView(pageCount: number): PdfView {
  return { page: 1, pageCount: Math.max(1, pageCount), zoom: 'fit-width' }
}

export function pdfViewReducer(view: PdfView, action: PdfViewAction): PdfView {
  switch (action.type) {
    case 'next':
      return goToPage(view, view.page + 1)
    case 'previous':
      return goToPage(view, view.page - 1)
    case 'first':
      return goToPage(view, 1)
    case 'last':
      return goToPage(view, view.pageCount)
    case 'zoom-in': {
      const from = zoomScale(view.zoom, action.fitScale)
      return { ...view, zoom: ZOOM_STEPS.find((step) => step > from + 0.001) ?? MAX_ZOOM }
    }
    case 'zoom-out': {
      const from = zoomScale(view.zoom, action.fitScale)
      return {
        ...view,
        zoom: [...ZOOM_STEPS].reverse().find((step) => step < from - 0.001) ?? MIN_ZOOM,
      }
    }
    case 'fit-width':
      return view.zoom === 'fit-width' ? view : { ...view, zoom: 'fit-width' }
  }
}

function goToPage(view: PdfView, page: number): PdfView {
  const clamped = Math.min(Math.max(page, 1), view.pageCount)
  return clamped === view.page ? view : { ...view, page: clamped }
}

/** The zoom in effect, as a share of the actual size. */
export function zoomScale(zoom: Zoom, fitScale: number): number {
  return zoom === 'fit-width' ? fitScale : zoom
}

export const canZoomIn = (view: PdfView, fitScale: number) =>
  zoomScale(view.zoom, fitScale) < MAX_ZOOM - 0.001
export const canZoomOut = (view: PdfView, fitScale: number) =>
  zoomScale(view.zoom, fitScale) > MIN_ZOOM + 0.001

/** The zoom that makes a page `pageWidthPt` points wide fill `stageWidthPx` CSS pixels. */
export function fitWidthScale(stageWidthPx: number, pageWidthPt: number): number {
  if (stageWidthPx <= 0 || pageWidthPt <= 0) return 1
  const scale = stageWidthPx / (pageWidthPt * CSS_PX_PER_PT)
  return Math.min(Math.max(scale, MIN_ZOOM), MAX_ZOOM)
}

export const formatZoom = (scale: number) => `${Math.round(scale * 100)}%`

/** A canvas holds at most this many pixels: a zoomed page on a high-density screen is drawn coarser, not out of memory. */
export const MAX_CANVAS_PIXELS = 4096 * 4096

export interface CanvasSize {
  /** The size it takes on screen, in CSS pixels. */
  cssWidth: number
  cssHeight: number
  /** Device pixels drawn per CSS pixel: the devicePixelRatio, or less for a huge page. */
  outputScale: number
  /** The canvas's own width and height. */
  width: number
  height: number
}

/** The canvas for a page of `pageWidthPt` × `pageHeightPt` points at `scale`, drawn sharp at `devicePixelRatio`. */
export function canvasSize(
  pageWidthPt: number,
  pageHeightPt: number,
  scale: number,
  devicePixelRatio: number,
  maxPixels = MAX_CANVAS_PIXELS,
): CanvasSize {
  const cssWidth = pageWidthPt * CSS_PX_PER_PT * scale
  const cssHeight = pageHeightPt * CSS_PX_PER_PT * scale
  const ratio = devicePixelRatio > 0 ? devicePixelRatio : 1
  const fits = Math.sqrt(maxPixels / Math.max(cssWidth * cssHeight, 1))
  const outputScale = Math.min(ratio, fits)
  return {
    cssWidth,
    cssHeight,
    outputScale,
    width: Math.max(1, Math.floor(cssWidth * outputScale)),
    height: Math.max(1, Math.floor(cssHeight * outputScale)),
  }
}

export interface PdfKey {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  /** Focus is in a field that takes typing or moves a caret with arrows. */
  inTextField: boolean
}

/**
 * The viewer's keys while its dialog is open: ← → and Page Up/Down turn pages, Home and End go
 * to the first and last, + and − zoom, 0 fits the width. Ctrl/Cmd combinations stay the browser's.
 */
export function pdfKeyAction(input: PdfKey): PdfViewAction['type'] | undefined {
  if (input.inTextField || input.ctrlKey || input.metaKey || input.altKey) return undefined
  switch (input.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next'
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case '+':
    case '=':
      return 'zoom-in'
    case '-':
      return 'zoom-out'
    case '0':
      return 'fit-width'
    default:
      return undefined
  }
}

/** What to tell the user when pdf.js cannot open the file, by the name of its error. */
export function pdfOpenErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  switch (name) {
    case 'PasswordException':
      return 'This PDF is protected by a password, so the app cannot show it. Save a copy to open it in your PDF reader.'
    case 'InvalidPDFException':
      return 'This file is damaged or is not a PDF, so the app cannot show it. Save a copy to try it in your PDF reader.'
    default:
      return 'The app could not open this PDF. Save a copy to open it in your PDF reader.'
  }
}
