import type { PixelRect } from '../derivation'
import { assertRgba, clampRect, parseHexColor, type RgbaImage } from './rgba'

/**
 * Replaces every pixel of the region, in place, by the opaque colour: nothing of what was there
 * is left to recover (unlike a box drawn over it, or a translucent one).
 */
export function redactRegion(image: RgbaImage, rect: PixelRect, color: string): void {
  assertRgba(image)
  const r = clampRect(rect, image)
  const [red, green, blue] = parseHexColor(color)
  const { data, width } = image
  for (let y = r.y; y < r.y + r.height; y++) {
    for (let i = (y * width + r.x) * 4, end = i + r.width * 4; i < end; i += 4) {
      data[i] = red
      data[i + 1] = green
      data[i + 2] = blue
      data[i + 3] = 255
    }
  }
}
