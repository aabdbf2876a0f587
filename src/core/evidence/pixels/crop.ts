import type { PixelRect } from '../derivation'
import { assertRgba, clampRect, type RgbaImage } from './rgba'

/** A new image of exactly the pixels of `rect` (clamped to the image). */
export function cropImage(image: RgbaImage, rect: PixelRect): RgbaImage {
  assertRgba(image)
  const r = clampRect(rect, image)
  const data = new Uint8ClampedArray(r.width * r.height * 4)
  const rowBytes = r.width * 4
  for (let y = 0; y < r.height; y++) {
    const from = ((r.y + y) * image.width + r.x) * 4
    data.set(image.data.subarray(from, from + rowBytes), y * rowBytes)
  }
  return { width: r.width, height: r.height, data }
}
