import type { PixelRect } from '../derivation'

/** Decoded pixels, four bytes a pixel (red, green, blue, alpha), rows top to bottom: ImageData's shape. */
export interface RgbaImage {
  width: number
  height: number
  data: Uint8ClampedArray
}

/**
 * The part of `rect` inside the image, in whole pixels. Refuses (throws) a region with nothing
 * inside the image, so an edit never silently does nothing.
 */
export function clampRect(rect: PixelRect, image: { width: number; height: number }): PixelRect {
  const left = Math.max(0, Math.floor(rect.x))
  const top = Math.max(0, Math.floor(rect.y))
  const right = Math.min(image.width, Math.ceil(rect.x + rect.width))
  const bottom = Math.min(image.height, Math.ceil(rect.y + rect.height))
  if (!(right > left && bottom > top)) {
    throw new RangeError('The region is empty or outside the image.')
  }
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/** `#rrggbb` as its three channel values. */
export function parseHexColor(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color)
  if (!match) throw new RangeError(`“${color}” is not a colour like #000000.`)
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)]
}

export function assertRgba(image: RgbaImage): void {
  if (image.data.length !== image.width * image.height * 4) {
    throw new RangeError('The pixel buffer does not match the image size.')
  }
}
