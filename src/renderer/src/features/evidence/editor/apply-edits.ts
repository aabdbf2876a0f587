import {
  blurRegion,
  clampRect,
  cropImage,
  pixelateRegion,
  redactRegion,
  type ImageEdit,
  type RgbaImage,
} from '@core/evidence'
import { drawAnnotation, isAnnotation, markUnit } from './draw-annotation'

type Region = Extract<ImageEdit, { op: 'redact' | 'blur' | 'pixelate' }>

/** A decoded image drawn on a canvas of its size, ready for `applyImageEdits`; closes the bitmap. */
export function drawnImage(bitmap: ImageBitmap): OffscreenCanvas {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  context2d(canvas).drawImage(bitmap, 0, 0)
  bitmap.close()
  return canvas
}

/**
 * Applies the edits, in the order they were made, to the image at full size (`image`, which is
 * changed): crops and redactions on the pixels themselves (core's pixel operations, on the
 * region only, so a 12 MP image is never copied out whole for a small box), marks drawn on the
 * canvas after them. Runs in the editor's worker; needs only OffscreenCanvas.
 */
export function applyImageEdits(
  image: OffscreenCanvas,
  edits: readonly ImageEdit[],
): OffscreenCanvas {
  const unit = markUnit(image)
  let canvas = image
  let context = context2d(canvas)
  for (const edit of edits) {
    if (edit.op === 'crop') {
      const whole = context.getImageData(0, 0, canvas.width, canvas.height)
      const kept = cropImage(whole, edit.rect)
      canvas = new OffscreenCanvas(kept.width, kept.height)
      context = context2d(canvas)
      context.putImageData(toImageData(kept), 0, 0)
    } else if (isAnnotation(edit)) {
      drawAnnotation(context, edit, { x: 0, y: 0 }, unit)
    } else {
      applyToRegion(context, canvas, edit)
    }
  }
  return canvas
}

function applyToRegion(
  context: OffscreenCanvasRenderingContext2D,
  canvas: OffscreenCanvas,
  edit: Region,
): void {
  const rect = clampRect(edit.rect, canvas)
  const region = context.getImageData(rect.x, rect.y, rect.width, rect.height)
  const whole = { x: 0, y: 0, width: rect.width, height: rect.height }
  if (edit.op === 'redact') redactRegion(region, whole, edit.color)
  else if (edit.op === 'blur') blurRegion(region, whole, edit.radius)
  else pixelateRegion(region, whole, edit.cell)
  context.putImageData(region, rect.x, rect.y)
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const context = canvas.getContext('2d', { willReadFrequently: false })
  if (!context) throw new Error('No 2D canvas available.')
  return context
}

function toImageData(image: RgbaImage): ImageData {
  return new ImageData(image.data as Uint8ClampedArray<ArrayBuffer>, image.width, image.height)
}
