import {
  fitLongEdge,
  JPEG_QUALITY,
  PAGE_LONG_EDGE,
  renditionMediaType,
  THUMBNAIL_LONG_EDGE,
} from '@core/evidence'
import type { ImageRenditions, Rendition } from '../../../db/repositories/evidence'

/**
 * Decodes an image once and encodes its page-sized rendition and, from that, its thumbnail.
 * Runs in the rendition worker (or, where workers fail, on the main thread): it needs only
 * `createImageBitmap` and `OffscreenCanvas`, no DOM.
 */
export async function renderImageRenditions(
  original: Blob,
  sourceMediaType: string,
): Promise<ImageRenditions> {
  const bitmap = await createImageBitmap(original, { imageOrientation: 'from-image' })
  try {
    return await renderRenditions(bitmap, sourceMediaType)
  } finally {
    bitmap.close()
  }
}

/** The renditions of an image already decoded (or drawn, as the image editor's result is). */
export async function renderRenditions(
  image: ImageBitmap | OffscreenCanvas,
  sourceMediaType: string,
): Promise<ImageRenditions> {
  const mediaType = renditionMediaType(sourceMediaType)
  const page = draw(image, fitLongEdge(image.width, image.height, PAGE_LONG_EDGE), mediaType)
  const thumbnail = draw(
    page,
    fitLongEdge(image.width, image.height, THUMBNAIL_LONG_EDGE),
    mediaType,
  )
  return {
    width: image.width,
    height: image.height,
    page: await encode(page, mediaType),
    thumbnail: await encode(thumbnail, mediaType),
  }
}

function draw(
  source: CanvasImageSource,
  size: { width: number; height: number },
  mediaType: string,
): OffscreenCanvas {
  const canvas = new OffscreenCanvas(size.width, size.height)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('No 2D canvas available.')
  if (mediaType === 'image/jpeg') {
    // JPEG has no transparency: what was transparent becomes white, not black.
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, size.width, size.height)
  }
  context.imageSmoothingEnabled = true
  context.imageSmoothingQuality = 'high'
  context.drawImage(source, 0, 0, size.width, size.height)
  return canvas
}

async function encode(canvas: OffscreenCanvas, mediaType: string): Promise<Rendition> {
  const blob = await canvas.convertToBlob({ type: mediaType, quality: JPEG_QUALITY })
  return { blob, mediaType: blob.type || mediaType, width: canvas.width, height: canvas.height }
}
