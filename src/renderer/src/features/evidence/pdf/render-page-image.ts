import { CSS_PX_PER_PT } from './pdf-view'
import type { PDFPageProxy } from './pdfjs'

/** Print resolution for a page turned into an image: twice its CSS-pixel size (192 dpi). */
export const PAGE_IMAGE_SCALE = 2

/** A PDF page drawn by pdf.js at `scale` times its CSS-pixel size, as a PNG. */
export async function renderPageImage(page: PDFPageProxy, scale = PAGE_IMAGE_SCALE): Promise<Blob> {
  const viewport = page.getViewport({ scale: scale * CSS_PX_PER_PT })
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(viewport.width)
  canvas.height = Math.round(viewport.height)
  await page.render({
    canvas,
    viewport,
    // Its own rendering state: the viewer cancelling its redraw (a zoom, a resize) cannot cancel
    // this one, as it could a second render of the same intent.
    intent: 'print',
    transform: [canvas.width / viewport.width, 0, 0, canvas.height / viewport.height, 0, 0],
  }).promise
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The page could not be made into an image.')),
      'image/png',
    ),
  )
}
