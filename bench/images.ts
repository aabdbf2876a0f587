import { int, type Random } from './workload'

/**
 * Real JPEGs made in the page: a seeded gradient with seeded shapes and noise, encoded by the
 * browser (`OffscreenCanvas.convertToBlob`). The noise strength is found once, by a short search,
 * so that a 1600 × 1200 picture (the page rendition's long edge) encodes to about the target size
 * whatever this Chromium's encoder does.
 */

export const IMAGE_WIDTH = 1600
export const IMAGE_HEIGHT = 1200
export const THUMB_WIDTH = 320
export const THUMB_HEIGHT = 240
const QUALITY = 0.85

export interface MadeImage {
  page: Blob
  thumbnail: Blob
}

const TILE = 512

/** Seeded colour noise, a few tiles of it, drawn over each picture at the calibrated strength. */
export function noiseTiles(random: Random, count = 4): OffscreenCanvas[] {
  return Array.from({ length: count }, () => {
    const tile = new OffscreenCanvas(TILE, TILE)
    const context = tile.getContext('2d')!
    const pixels = context.createImageData(TILE, TILE)
    const words = new Uint32Array(pixels.data.buffer)
    for (let i = 0; i < words.length; i++) words[i] = ((random() * 0x1000000) | 0xff000000) >>> 0
    context.putImageData(pixels, 0, 0)
    return tile
  })
}

function paint(
  random: Random,
  tiles: readonly OffscreenCanvas[],
  strength: number,
): OffscreenCanvas {
  const width = IMAGE_WIDTH
  const height = IMAGE_HEIGHT
  const canvas = new OffscreenCanvas(width, height)
  const context = canvas.getContext('2d')!
  const gradient = context.createLinearGradient(0, 0, width, height)
  gradient.addColorStop(0, `hsl(${int(random, 0, 359)} 60% 70%)`)
  gradient.addColorStop(1, `hsl(${int(random, 0, 359)} 50% 30%)`)
  context.fillStyle = gradient
  context.fillRect(0, 0, width, height)
  for (let i = 0; i < 12; i++) {
    context.fillStyle = `hsl(${int(random, 0, 359)} 70% ${int(random, 20, 80)}% / 0.6)`
    context.fillRect(
      int(random, 0, width),
      int(random, 0, height),
      int(random, 40, width / 3),
      int(random, 40, height / 3),
    )
  }
  // The noise: tiles chosen and shifted by the seed, so no two pictures share their bytes.
  context.globalAlpha = strength
  const dx = int(random, 0, TILE - 1)
  const dy = int(random, 0, TILE - 1)
  for (let y = -dy; y < height; y += TILE)
    for (let x = -dx; x < width; x += TILE)
      context.drawImage(tiles[int(random, 0, tiles.length - 1)]!, x, y)
  context.globalAlpha = 1
  return canvas
}

const jpeg = (canvas: OffscreenCanvas) =>
  canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY })

/** The noise strength giving about `targetBytes` per picture (bisection on trial encodes). */
export async function calibrateNoise(
  random: () => Random,
  tiles: readonly OffscreenCanvas[],
  targetBytes: number,
): Promise<number> {
  let low = 0
  let high = 1
  for (let step = 0; step < 8; step++) {
    const mid = (low + high) / 2
    const size = (await jpeg(paint(random(), tiles, mid))).size
    if (size < targetBytes) low = mid
    else high = mid
  }
  return (low + high) / 2
}

/** One picture and its thumbnail. */
export async function makeImage(
  random: Random,
  tiles: readonly OffscreenCanvas[],
  strength: number,
): Promise<MadeImage> {
  const canvas = paint(random, tiles, strength)
  const page = await jpeg(canvas)
  const small = new OffscreenCanvas(THUMB_WIDTH, THUMB_HEIGHT)
  small.getContext('2d')!.drawImage(canvas, 0, 0, THUMB_WIDTH, THUMB_HEIGHT)
  return { page, thumbnail: await jpeg(small) }
}
