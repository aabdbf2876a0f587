import { editFrames, type ImageEdit, type ImageSize, type PixelRect } from '@core/evidence'
import { drawAnnotation, isAnnotation, markUnit } from './draw-annotation'

/**
 * Draws the image with its edits on the editor's canvas, from the page rendition (cheap: never
 * the 12 MP original on the main thread). A redaction box is exact; blur and pixelation are
 * close previews of what the worker computes on the original's pixels when saving.
 */
export function drawPreview(
  canvas: HTMLCanvasElement,
  source: ImageBitmap,
  size: ImageSize,
  edits: readonly ImageEdit[],
  scale: number,
): void {
  const frames = editFrames(edits, size)
  const width = Math.max(1, Math.round(frames.size.width * scale))
  const height = Math.max(1, Math.round(frames.size.height * scale))
  if (canvas.width !== width) canvas.width = width
  if (canvas.height !== height) canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) return
  context.setTransform(1, 0, 0, 1, 0, 0)
  context.clearRect(0, 0, width, height)
  // From here on, coordinates are the original image's pixels.
  context.setTransform(scale, 0, 0, scale, -frames.origin.x * scale, -frames.origin.y * scale)
  // Rasterised on the main thread when the frame is painted: 'medium' (mipmaps) is a fraction
  // of 'high''s cost, and the preview is not the saved image.
  context.imageSmoothingQuality = 'medium'
  context.drawImage(source, 0, 0, size.width, size.height)
  const unit = markUnit(size)
  edits.forEach((edit, index) => {
    const origin = frames.origins[index] ?? { x: 0, y: 0 }
    if (edit.op === 'crop') return
    if (isAnnotation(edit)) return drawAnnotation(context, edit, origin, unit)
    const rect = { ...edit.rect, x: edit.rect.x + origin.x, y: edit.rect.y + origin.y }
    if (edit.op === 'redact') {
      context.fillStyle = edit.color
      context.fillRect(rect.x, rect.y, rect.width, rect.height)
      return
    }
    // Blur and pixelation act on what is drawn so far (a redaction under them stays redacted),
    // in canvas pixels.
    const box = {
      x: Math.round((rect.x - frames.origin.x) * scale),
      y: Math.round((rect.y - frames.origin.y) * scale),
      width: Math.max(1, Math.round(rect.width * scale)),
      height: Math.max(1, Math.round(rect.height * scale)),
    }
    if (edit.op === 'blur') blurBox(context, canvas, box, Math.max(1, edit.radius * scale))
    else pixelateBox(context, canvas, box, Math.max(1, edit.cell * scale))
  })
}

/** A copy of part of the canvas as it is now. */
function snapshot(canvas: HTMLCanvasElement, box: PixelRect): OffscreenCanvas {
  const copy = new OffscreenCanvas(box.width, box.height)
  copy
    .getContext('2d')
    ?.drawImage(canvas, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height)
  return copy
}

function inBox(context: CanvasRenderingContext2D, box: PixelRect, draw: () => void): void {
  context.save()
  context.setTransform(1, 0, 0, 1, 0, 0)
  context.beginPath()
  context.rect(box.x, box.y, box.width, box.height)
  context.clip()
  draw()
  context.restore()
}

function blurBox(
  context: CanvasRenderingContext2D,
  canvas: HTMLCanvasElement,
  box: PixelRect,
  radius: number,
): void {
  const copy = snapshot(canvas, box)
  inBox(context, box, () => {
    context.filter = `blur(${radius}px)`
    context.drawImage(copy, box.x, box.y)
  })
}

function pixelateBox(
  context: CanvasRenderingContext2D,
  canvas: HTMLCanvasElement,
  box: PixelRect,
  cell: number,
): void {
  const small = new OffscreenCanvas(
    Math.max(1, Math.ceil(box.width / cell)),
    Math.max(1, Math.ceil(box.height / cell)),
  )
  small
    .getContext('2d')
    ?.drawImage(snapshot(canvas, box), 0, 0, small.width * cell, small.height * cell)
  inBox(context, box, () => {
    context.imageSmoothingEnabled = false
    context.drawImage(small, box.x, box.y, small.width * cell, small.height * cell)
  })
}
