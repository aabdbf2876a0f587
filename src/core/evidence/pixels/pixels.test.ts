import { describe, expect, it } from 'vitest'
import { blurRegion, clampRect, cropImage, pixelateRegion, redactRegion, type RgbaImage } from '.'

const WIDTH = 64
const HEIGHT = 48

/**
 * A known pattern with detail everywhere: each pixel's colour comes from its position, and
 * neighbours alternate between light and dark, like the strokes of text.
 */
function pattern(width = WIDTH, height = HEIGHT): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const dark = (x + y) % 2 === 0
      data[i] = dark ? (x * 3) % 60 : 200 + (x % 50)
      data[i + 1] = dark ? (y * 5) % 60 : 190 + (y % 60)
      data[i + 2] = dark ? ((x + y) * 7) % 60 : 180 + ((x * y) % 70)
      data[i + 3] = 255
    }
  }
  return { width, height, data }
}

const pixel = (image: RgbaImage, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4))

const inside = (
  rect: { x: number; y: number; width: number; height: number },
  x: number,
  y: number,
) => x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height

/** Every pixel outside `rect` is as it was. */
function expectOutsideUntouched(
  before: RgbaImage,
  after: RgbaImage,
  rect: Parameters<typeof inside>[0],
) {
  for (let y = 0; y < before.height; y++)
    for (let x = 0; x < before.width; x++)
      if (!inside(rect, x, y)) expect(pixel(after, x, y)).toEqual(pixel(before, x, y))
}

/** Each 8 × 8 block of the region holds at least one pixel that changed. */
function expectEveryBlockChanged(
  before: RgbaImage,
  after: RgbaImage,
  rect: Parameters<typeof inside>[0],
) {
  for (let by = rect.y; by < rect.y + rect.height; by += 8) {
    for (let bx = rect.x; bx < rect.x + rect.width; bx += 8) {
      let changed = false
      for (let y = by; y < Math.min(by + 8, rect.y + rect.height) && !changed; y++)
        for (let x = bx; x < Math.min(bx + 8, rect.x + rect.width) && !changed; x++)
          changed = pixel(after, x, y).join() !== pixel(before, x, y).join()
      expect(changed, `block at ${bx},${by}`).toBe(true)
    }
  }
}

const copy = (image: RgbaImage): RgbaImage => ({ ...image, data: image.data.slice() })

describe('redactRegion', () => {
  it('replaces every pixel of the region by the opaque box colour and leaves the rest alone', () => {
    const before = pattern()
    const after = copy(before)
    const rect = { x: 10, y: 5, width: 20, height: 17 }
    redactRegion(after, rect, '#102030')
    for (let y = rect.y; y < rect.y + rect.height; y++)
      for (let x = rect.x; x < rect.x + rect.width; x++)
        expect(pixel(after, x, y)).toEqual([0x10, 0x20, 0x30, 255])
    expectOutsideUntouched(before, after, rect)
  })

  it('makes a transparent region opaque, so nothing shows through', () => {
    const image = { width: 2, height: 1, data: new Uint8ClampedArray([9, 9, 9, 0, 9, 9, 9, 0]) }
    redactRegion(image, { x: 0, y: 0, width: 1, height: 1 }, '#000000')
    expect(Array.from(image.data)).toEqual([0, 0, 0, 255, 9, 9, 9, 0])
  })

  it('clamps a region that runs off the image to the part inside it', () => {
    const before = pattern()
    const after = copy(before)
    redactRegion(after, { x: 50, y: 40, width: 100, height: 100 }, '#000000')
    expect(pixel(after, WIDTH - 1, HEIGHT - 1)).toEqual([0, 0, 0, 255])
    expectOutsideUntouched(before, after, { x: 50, y: 40, width: 14, height: 8 })
  })

  it('refuses a region with nothing inside the image, changing nothing', () => {
    const before = pattern()
    const after = copy(before)
    expect(() => redactRegion(after, { x: 70, y: 0, width: 5, height: 5 }, '#000000')).toThrow(
      /outside the image/,
    )
    expect(() => redactRegion(after, { x: 0, y: 0, width: 0, height: 5 }, '#000000')).toThrow(
      /empty/,
    )
    expect(after.data).toEqual(before.data)
  })

  it('refuses a colour that is not #rrggbb', () => {
    expect(() => redactRegion(pattern(), { x: 0, y: 0, width: 2, height: 2 }, 'black')).toThrow(
      /not a colour/,
    )
  })

  it('refuses a buffer that does not match the size it claims', () => {
    const image = { width: 4, height: 4, data: new Uint8ClampedArray(8) }
    expect(() => redactRegion(image, { x: 0, y: 0, width: 1, height: 1 }, '#000000')).toThrow(
      /does not match/,
    )
  })
})

describe('blurRegion', () => {
  it('changes every 8 × 8 block of the region and nothing outside it', () => {
    const before = pattern()
    const after = copy(before)
    const rect = { x: 8, y: 8, width: 40, height: 32 }
    blurRegion(after, rect, 6)
    expectEveryBlockChanged(before, after, rect)
    expectOutsideUntouched(before, after, rect)
  })

  it('leaves the region smooth: neighbours no longer alternate light and dark', () => {
    const after = pattern()
    const rect = { x: 0, y: 0, width: WIDTH, height: HEIGHT }
    blurRegion(after, rect, 4)
    for (let x = 1; x < WIDTH; x++) {
      const step = Math.abs((pixel(after, x, 20)[0] ?? 0) - (pixel(after, x - 1, 20)[0] ?? 0))
      expect(step).toBeLessThan(20)
    }
  })

  it('refuses a radius under one pixel', () => {
    expect(() => blurRegion(pattern(), { x: 0, y: 0, width: 4, height: 4 }, 0)).toThrow(/radius/)
  })
})

describe('pixelateRegion', () => {
  it('changes every 8 × 8 block of the region and nothing outside it', () => {
    const before = pattern()
    const after = copy(before)
    const rect = { x: 4, y: 4, width: 48, height: 40 }
    pixelateRegion(after, rect, 8)
    expectEveryBlockChanged(before, after, rect)
    expectOutsideUntouched(before, after, rect)
  })

  it('fills each cell with the average of its pixels, cutting the last cells at the edge', () => {
    const image = {
      width: 3,
      height: 1,
      data: new Uint8ClampedArray([0, 0, 0, 255, 100, 50, 20, 255, 7, 7, 7, 255]),
    }
    pixelateRegion(image, { x: 0, y: 0, width: 3, height: 1 }, 2)
    expect(Array.from(image.data)).toEqual([50, 25, 10, 255, 50, 25, 10, 255, 7, 7, 7, 255])
  })

  it('refuses a cell under two pixels', () => {
    expect(() => pixelateRegion(pattern(), { x: 0, y: 0, width: 4, height: 4 }, 1)).toThrow(/cell/)
  })
})

describe('cropImage', () => {
  it('keeps exactly the pixels of the rectangle', () => {
    const image = pattern()
    const rect = { x: 5, y: 7, width: 11, height: 6 }
    const cropped = cropImage(image, rect)
    expect([cropped.width, cropped.height]).toEqual([11, 6])
    for (let y = 0; y < 6; y++)
      for (let x = 0; x < 11; x++) expect(pixel(cropped, x, y)).toEqual(pixel(image, x + 5, y + 7))
  })

  it('clamps to the image and refuses an empty rectangle', () => {
    const cropped = cropImage(pattern(), { x: 60, y: 40, width: 10, height: 10 })
    expect([cropped.width, cropped.height]).toEqual([4, 8])
    expect(() => cropImage(pattern(), { x: 0, y: 0, width: 0, height: 0 })).toThrow(/empty/)
  })
})

describe('clampRect', () => {
  it('rounds a fractional region outwards, to whole pixels', () => {
    expect(clampRect({ x: 1.5, y: 2.2, width: 3, height: 1.1 }, { width: 10, height: 10 })).toEqual(
      { x: 1, y: 2, width: 4, height: 2 },
    )
  })
})
