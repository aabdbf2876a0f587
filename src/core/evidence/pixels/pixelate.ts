import type { PixelRect } from '../derivation'
import { assertRgba, clampRect, type RgbaImage } from './rgba'

/**
 * Replaces each `cell` × `cell` square of the region (counted from its top-left corner, the last
 * row and column of squares cut by the region's edge) by the average of its pixels, in place.
 */
export function pixelateRegion(image: RgbaImage, rect: PixelRect, cell: number): void {
  assertRgba(image)
  if (!(Number.isInteger(cell) && cell >= 2)) throw new RangeError('A cell is at least 2 pixels.')
  const r = clampRect(rect, image)
  const { data, width } = image
  for (let cy = r.y; cy < r.y + r.height; cy += cell) {
    const cellBottom = Math.min(cy + cell, r.y + r.height)
    for (let cx = r.x; cx < r.x + r.width; cx += cell) {
      const cellRight = Math.min(cx + cell, r.x + r.width)
      let red = 0
      let green = 0
      let blue = 0
      let alpha = 0
      for (let y = cy; y < cellBottom; y++) {
        for (let i = (y * width + cx) * 4, end = (y * width + cellRight) * 4; i < end; i += 4) {
          red += data[i] ?? 0
          green += data[i + 1] ?? 0
          blue += data[i + 2] ?? 0
          alpha += data[i + 3] ?? 0
        }
      }
      const count = (cellBottom - cy) * (cellRight - cx)
      ;[red, green, blue, alpha] = [red, green, blue, alpha].map((sum) =>
        Math.round(sum / count),
      ) as [number, number, number, number]
      for (let y = cy; y < cellBottom; y++) {
        for (let i = (y * width + cx) * 4, end = (y * width + cellRight) * 4; i < end; i += 4) {
          data[i] = red
          data[i + 1] = green
          data[i + 2] = blue
          data[i + 3] = alpha
        }
      }
    }
  }
}
