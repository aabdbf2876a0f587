import type { ImageEdit, PixelPoint } from '@core/evidence'

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D
export type Annotation = Extract<ImageEdit, { op: 'highlight' | 'arrow' | 'callout' | 'label' }>

/** The colours of the editor's marks: a redaction box is black; what points at something, red. */
export const REDACT_COLOR = '#000000'
export const MARK_COLOR = '#d32f2f'
export const HIGHLIGHT_COLOR = '#f9a825'

export function isAnnotation(edit: ImageEdit): edit is Annotation {
  return (
    edit.op === 'highlight' || edit.op === 'arrow' || edit.op === 'callout' || edit.op === 'label'
  )
}

/**
 * The stroke width of marks, in image pixels: thicker on larger images so a mark reads the same
 * once the image is fitted to a page. Preview and saved image use the same figure.
 */
export function markUnit(size: { width: number; height: number }): number {
  return Math.max(2, Math.round(Math.max(size.width, size.height) / 400))
}

/**
 * Draws a mark on a 2D context whose transform maps image pixels to the canvas: the editor's
 * preview (scaled) and the worker's full-size image draw the same marks with the same code.
 */
export function drawAnnotation(
  context: Context2D,
  edit: Annotation,
  offset: PixelPoint,
  unit: number,
): void {
  context.save()
  context.translate(offset.x, offset.y)
  context.lineWidth = unit
  context.strokeStyle = edit.color
  context.fillStyle = edit.color
  context.lineJoin = 'round'
  context.lineCap = 'round'
  switch (edit.op) {
    case 'highlight': {
      const { x, y, width, height } = edit.rect
      context.lineWidth = unit * 1.5
      context.strokeRect(x, y, width, height)
      break
    }
    case 'arrow':
      drawArrow(context, edit.from, edit.to, unit)
      break
    case 'callout': {
      const radius = unit * 7
      context.beginPath()
      context.arc(edit.at.x, edit.at.y, radius, 0, Math.PI * 2)
      context.fill()
      context.fillStyle = '#ffffff'
      context.font = `bold ${Math.round(radius * 1.2)}px sans-serif`
      context.textAlign = 'center'
      context.textBaseline = 'middle'
      context.fillText(String(edit.number), edit.at.x, edit.at.y + radius * 0.05)
      break
    }
    case 'label': {
      const size = Math.round(unit * 9)
      context.font = `${size}px sans-serif`
      context.textBaseline = 'top'
      const padding = unit * 2
      const width = context.measureText(edit.text).width
      context.fillStyle = '#ffffff'
      context.fillRect(edit.at.x, edit.at.y, width + padding * 2, size + padding * 2)
      context.strokeRect(edit.at.x, edit.at.y, width + padding * 2, size + padding * 2)
      context.fillStyle = edit.color
      context.fillText(edit.text, edit.at.x + padding, edit.at.y + padding)
      break
    }
  }
  context.restore()
}

function drawArrow(context: Context2D, from: PixelPoint, to: PixelPoint, unit: number): void {
  const angle = Math.atan2(to.y - from.y, to.x - from.x)
  const head = unit * 6
  context.beginPath()
  context.moveTo(from.x, from.y)
  context.lineTo(to.x - Math.cos(angle) * head * 0.8, to.y - Math.sin(angle) * head * 0.8)
  context.stroke()
  context.beginPath()
  context.moveTo(to.x, to.y)
  context.lineTo(
    to.x - head * Math.cos(angle - Math.PI / 7),
    to.y - head * Math.sin(angle - Math.PI / 7),
  )
  context.lineTo(
    to.x - head * Math.cos(angle + Math.PI / 7),
    to.y - head * Math.sin(angle + Math.PI / 7),
  )
  context.closePath()
  context.fill()
}
