/**
 * Renditions made once at capture (PRODUCT.md §5, §9), so that lists, previews and the report
 * never decode a multi-megabyte original again: a thumbnail for lists and a page-sized image for
 * previews and the report.
 */

export const THUMBNAIL_LONG_EDGE = 320
export const PAGE_LONG_EDGE = 1600
export const JPEG_QUALITY = 0.85

/**
 * The rendition's pixel size: the long edge scaled down to `longEdge`, the aspect ratio kept,
 * never scaled up, never below one pixel.
 */
export function fitLongEdge(
  width: number,
  height: number,
  longEdge: number,
): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height))
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  }
}

/**
 * Lossless sources (PNG, GIF, WebP, BMP) are, in an audit, nearly always screenshots and
 * diagrams: text and sharp edges that JPEG smears, and sometimes transparency. They keep a PNG
 * rendition. Everything else (photos: JPEG, AVIF) gets a JPEG at quality 0.85.
 */
export function renditionMediaType(sourceMediaType: string): 'image/png' | 'image/jpeg' {
  return ['image/png', 'image/gif', 'image/webp', 'image/bmp'].includes(
    sourceMediaType.toLowerCase(),
  )
    ? 'image/png'
    : 'image/jpeg'
}
