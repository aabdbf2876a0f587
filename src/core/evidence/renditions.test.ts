import { describe, expect, it } from 'vitest'
import { fitLongEdge, PAGE_LONG_EDGE, renditionMediaType, THUMBNAIL_LONG_EDGE } from './renditions'

describe('renditions', () => {
  it('scales the long edge down and keeps the aspect ratio', () => {
    expect(fitLongEdge(4000, 3000, PAGE_LONG_EDGE)).toEqual({ width: 1600, height: 1200 })
    expect(fitLongEdge(3000, 4000, THUMBNAIL_LONG_EDGE)).toEqual({ width: 240, height: 320 })
  })

  it('never scales up, and never to nothing', () => {
    expect(fitLongEdge(200, 100, PAGE_LONG_EDGE)).toEqual({ width: 200, height: 100 })
    expect(fitLongEdge(10_000, 1, THUMBNAIL_LONG_EDGE)).toEqual({ width: 320, height: 1 })
  })

  it('keeps lossless sources lossless and makes photos JPEG', () => {
    expect(renditionMediaType('image/png')).toBe('image/png')
    expect(renditionMediaType('image/GIF')).toBe('image/png')
    expect(renditionMediaType('image/jpeg')).toBe('image/jpeg')
    expect(renditionMediaType('image/avif')).toBe('image/jpeg')
  })
})
