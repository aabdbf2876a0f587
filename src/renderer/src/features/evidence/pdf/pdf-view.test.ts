import { describe, expect, it } from 'vitest'
import {
  canvasSize,
  canZoomIn,
  canZoomOut,
  fitWidthScale,
  formatZoom,
  initialPdfView,
  pdfKeyAction,
  pdfOpenErrorMessage,
  pdfViewReducer,
  zoomScale,
  type PdfKey,
  type PdfView,
  type PdfViewAction,
} from './pdf-view'

const run = (view: PdfView, ...actions: PdfViewAction[]) => actions.reduce(pdfViewReducer, view)
const A4 = { width: 595, height: 842 }

describe('pdf view', () => {
  it('opens on page 1 of the document, fitted to the width', () => {
    expect(initialPdfView(5)).toEqual({ page: 1, pageCount: 5, zoom: 'fit-width' })
    // pdf.js never reports fewer than one page, but the view stays valid if it did.
    expect(initialPdfView(0).pageCount).toBe(1)
  })

  it('turns pages within the document and stays put at either end', () => {
    const view = initialPdfView(3)
    expect(run(view, { type: 'next' }).page).toBe(2)
    expect(run(view, { type: 'next' }, { type: 'next' }, { type: 'next' }).page).toBe(3)
    expect(run(view, { type: 'previous' })).toBe(view)
    expect(run(view, { type: 'last' }).page).toBe(3)
    expect(run(view, { type: 'last' }, { type: 'previous' }).page).toBe(2)
    expect(run(view, { type: 'last' }, { type: 'first' }).page).toBe(1)
  })

  it('zooms in and out by steps, starting from the fitted zoom', () => {
    const fitted = initialPdfView(1)
    // Fitted at 110 %: in goes to the next step up, out to the next one down.
    expect(run(fitted, { type: 'zoom-in', fitScale: 1.1 }).zoom).toBe(1.25)
    expect(run(fitted, { type: 'zoom-out', fitScale: 1.1 }).zoom).toBe(1)
    // Fitted exactly on a step, it moves off it.
    expect(run(fitted, { type: 'zoom-in', fitScale: 1 }).zoom).toBe(1.25)
    const zoomed = run(fitted, { type: 'zoom-in', fitScale: 1 }, { type: 'zoom-in', fitScale: 1 })
    expect(zoomed.zoom).toBe(1.5)
    expect(run(zoomed, { type: 'fit-width' }).zoom).toBe('fit-width')
    expect(run(fitted, { type: 'fit-width' })).toBe(fitted)
  })

  it('keeps the zoom between 25 % and 400 %', () => {
    const view = initialPdfView(1)
    const max = run(view, ...Array(12).fill({ type: 'zoom-in', fitScale: 1 }))
    expect(max.zoom).toBe(4)
    expect(canZoomIn(max, 1)).toBe(false)
    const min = run(view, ...Array(12).fill({ type: 'zoom-out', fitScale: 1 }))
    expect(min.zoom).toBe(0.25)
    expect(canZoomOut(min, 1)).toBe(false)
    expect(canZoomIn(view, 1.1) && canZoomOut(view, 1.1)).toBe(true)
  })

  it('fits a page to the stage width, in CSS pixels at 96 per inch', () => {
    // An A4 page is 595 pt = 793.3 CSS px wide at 100 %.
    expect(fitWidthScale(793.33, A4.width)).toBeCloseTo(1, 3)
    expect(fitWidthScale(396.67, A4.width)).toBeCloseTo(0.5, 3)
    expect(fitWidthScale(0, A4.width)).toBe(1)
    expect(fitWidthScale(20_000, A4.width)).toBe(4)
    expect(zoomScale('fit-width', 1.2)).toBe(1.2)
    expect(zoomScale(2, 1.2)).toBe(2)
    expect(formatZoom(1.104)).toBe('110%')
  })

  it('draws the canvas at the device pixel ratio, and coarser once a page would be too large', () => {
    const sharp = canvasSize(A4.width, A4.height, 1, 2)
    expect(sharp.cssWidth).toBeCloseTo(793.33, 2)
    expect(sharp.outputScale).toBe(2)
    expect(sharp.width).toBe(1586)
    expect(sharp.height).toBe(2245)
    expect(canvasSize(A4.width, A4.height, 1, 1).width).toBe(793)
    // At 400 % on a 3x screen the page would need 9520 × 13472 pixels: capped near 4096².
    const huge = canvasSize(A4.width, A4.height, 4, 3)
    expect(huge.outputScale).toBeLessThan(3)
    expect(huge.width * huge.height).toBeLessThanOrEqual(4096 * 4096)
    expect(huge.cssWidth).toBeCloseTo(3173.33, 2)
  })

  it('maps keys to page and zoom actions, but not in a text field or with a modifier', () => {
    const plain = { ctrlKey: false, metaKey: false, altKey: false, inTextField: false }
    const key = (key: string, extra: Partial<PdfKey> = {}) =>
      pdfKeyAction({ ...plain, key, ...extra })
    expect(
      ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End'].map((k) => key(k)),
    ).toEqual(['next', 'next', 'previous', 'previous', 'first', 'last'])
    expect(['+', '=', '-', '0'].map((k) => key(k))).toEqual([
      'zoom-in',
      'zoom-in',
      'zoom-out',
      'fit-width',
    ])
    expect(key('ArrowRight', { inTextField: true })).toBeUndefined()
    expect(key('+', { ctrlKey: true })).toBeUndefined()
    expect(key('0', { metaKey: true })).toBeUndefined()
    expect(key('x')).toBeUndefined()
  })

  it('says why a PDF cannot be shown, by the kind of pdf.js error', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name })
    expect(pdfOpenErrorMessage(named('PasswordException'))).toMatch(/protected by a password/)
    expect(pdfOpenErrorMessage(named('InvalidPDFException'))).toMatch(/damaged or is not a PDF/)
    expect(pdfOpenErrorMessage(new Error('worker failed'))).toMatch(/could not open this PDF/)
    expect(pdfOpenErrorMessage('odd')).toMatch(/Save a copy/)
  })
})
