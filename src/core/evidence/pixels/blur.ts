import type { PixelRect } from '../derivation'
import { assertRgba, clampRect, type RgbaImage } from './rgba'

/** Three box passes are close to a Gaussian blur, at a cost that does not grow with the radius. */
const PASSES = 3

/**
 * Blurs the region in place with repeated box blurs of `radius` pixels, reading only pixels of
 * the region (its edge repeated beyond it), so nothing from outside bleeds in and nothing inside
 * is left sharp at the border.
 */
export function blurRegion(image: RgbaImage, rect: PixelRect, radius: number): void {
  assertRgba(image)
  if (!(Number.isInteger(radius) && radius >= 1))
    throw new RangeError('A blur radius is at least 1 pixel.')
  const r = clampRect(rect, image)
  const { data, width } = image
  const longest = Math.max(r.width, r.height)
  const line = new Float64Array(longest * 4)
  for (let pass = 0; pass < PASSES; pass++) {
    for (let y = r.y; y < r.y + r.height; y++) {
      boxLine(data, (y * width + r.x) * 4, 4, r.width, radius, line)
    }
    for (let x = r.x; x < r.x + r.width; x++) {
      boxLine(data, (r.y * width + x) * 4, width * 4, r.height, radius, line)
    }
  }
}

/**
 * One box pass over `count` pixels starting at `start`, `stride` bytes apart: each becomes the
 * average of the `2 × radius + 1` pixels around it, with the first and last pixel repeated past
 * the ends. A running sum keeps it linear in `count`.
 */
function boxLine(
  data: Uint8ClampedArray,
  start: number,
  stride: number,
  count: number,
  radius: number,
  line: Float64Array,
): void {
  for (let i = 0; i < count; i++) {
    const at = start + i * stride
    for (let c = 0; c < 4; c++) line[i * 4 + c] = data[at + c] ?? 0
  }
  const span = 2 * radius + 1
  const value = (i: number, c: number) => line[Math.min(count - 1, Math.max(0, i)) * 4 + c] ?? 0
  for (let c = 0; c < 4; c++) {
    let sum = 0
    for (let i = -radius; i <= radius; i++) sum += value(i, c)
    for (let i = 0; i < count; i++) {
      data[start + i * stride + c] = Math.round(sum / span)
      sum += value(i + radius + 1, c) - value(i - radius, c)
    }
  }
}
