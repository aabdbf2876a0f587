import type { EvidenceEdit, PixelPoint, PixelRect } from './derivation'
import { isRedaction } from './derivation'
import { clampRect } from './pixels/rgba'

/** The edits an image editor makes (a text mask or a PDF page is not drawn on an image). */
export type ImageEdit = Exclude<EvidenceEdit, { op: 'mask-text' } | { op: 'pdf-page' }>

export interface ImageSize {
  width: number
  height: number
}

/**
 * Where each edit's coordinates start, in the pixels of the image as first opened: an edit's
 * rectangle is in the image after any earlier crop, so every crop moves the origin of the edits
 * after it. Also the final size and origin (what is left after the last crop).
 */
export function editFrames(
  edits: readonly ImageEdit[],
  size: ImageSize,
): { origins: PixelPoint[]; origin: PixelPoint; size: ImageSize } {
  let origin = { x: 0, y: 0 }
  let current = size
  const origins: PixelPoint[] = []
  for (const edit of edits) {
    origins.push(origin)
    if (edit.op === 'crop') {
      const kept = clampRect(edit.rect, current)
      origin = { x: origin.x + kept.x, y: origin.y + kept.y }
      current = { width: kept.width, height: kept.height }
    }
  }
  return { origins, origin, size: current }
}

/** A rectangle moved from one origin's coordinates into another's. */
export function moveRect(rect: PixelRect, from: PixelPoint, to: PixelPoint): PixelRect {
  return { ...rect, x: rect.x + from.x - to.x, y: rect.y + from.y - to.y }
}

/** The number the next numbered callout gets: one more than the highest so far. */
export function nextCalloutNumber(edits: readonly EvidenceEdit[]): number {
  return edits.reduce((n, edit) => (edit.op === 'callout' ? Math.max(n, edit.number) : n), 0) + 1
}

/**
 * The derived file's name: "rota.png" redacted is "rota (redacted).png", annotated only
 * "rota (annotated).png", page 3 of "runbook.pdf" redacted "runbook page 3 (redacted).png"; the
 * extension is that of the derived bytes.
 */
export function derivedFileName(
  fileName: string,
  edits: readonly EvidenceEdit[],
  extension: string,
): string {
  const stem = fileName.trim().replace(/\.[^./\\]{1,8}$/, '') || 'evidence'
  const what = edits.some(isRedaction) ? 'redacted' : 'annotated'
  const page = edits[0]?.op === 'pdf-page' ? ` page ${edits[0].page}` : ''
  return `${stem}${page} (${what}).${extension}`
}
