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
    } else if (edit.op === 'blur') {
      drawRegion(context, source, size, rect, `blur(${Math.max(1, edit.radius * scale)}px)`)
    } else {
      drawPixelated(context, source, size, rect, edit.cell)
    }
  })
}

function drawRegion(
  context: CanvasRenderingContext2D,
  source: ImageBitmap,
  size: ImageSize,
  rect: PixelRect,
  filter: string,
): void {
  context.save()
  context.beginPath()
  context.rect(rect.x, rect.y, rect.width, rect.height)
  context.clip()
  context.filter = filter
  context.drawImage(source, 0, 0, size.width, size.height)
  context.restore()
}

function drawPixelated(
  context: CanvasRenderingContext2D,
  source: ImageBitmap,
  size: ImageSize,
  rect: PixelRect,
  cell: number,
): void {
  const ratio = source.width / size.width
  const small = new OffscreenCanvas(
    Math.max(1, Math.ceil(rect.width / cell)),
    Math.max(1, Math.ceil(rect.height / cell)),
  )
  small
    .getContext('2d')
    ?.drawImage(
      source,
      rect.x * ratio,
      rect.y * ratio,
      rect.width * ratio,
      rect.height * ratio,
      0,
      0,
      small.width,
      small.height,
    )
  context.save()
  context.beginPath()
  context.rect(rect.x, rect.y, rect.width, rect.height)
  context.clip()
  context.imageSmoothingEnabled = false
  context.drawImage(small, rect.x, rect.y, small.width * cell, small.height * cell)
  context.restore()
}
