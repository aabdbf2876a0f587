import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_SIZE, fitWindowState, parseWindowState } from './window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const external = { x: 1440, y: -200, width: 2560, height: 1400 }

describe('parseWindowState', () => {
  it('reads a valid state', () => {
    const text = '{"x":10,"y":20,"width":1200,"height":800,"isMaximized":false}'
    expect(parseWindowState(text)).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      isMaximized: false,
    })
  })

  it.each([
    ['not JSON', '{"x":'],
    ['empty file', ''],
    ['an array', '[]'],
    ['a missing size', '{"isMaximized":false}'],
    ['a negative width', '{"width":-5,"height":800,"isMaximized":false}'],
    ['fractions', '{"width":1200.5,"height":800,"isMaximized":false}'],
    ['absurd coordinates', '{"x":1e12,"y":0,"width":1200,"height":800,"isMaximized":false}'],
    ['a string size', '{"width":"1200","height":800,"isMaximized":false}'],
  ])('rejects %s', (_name, text) => {
    expect(parseWindowState(text)).toBeNull()
  })
})

describe('fitWindowState', () => {
  it('uses the default size, centred, on first start', () => {
    expect(fitWindowState(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, isMaximized: false })
  })

  it('keeps a window that is on screen as it was', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800, isMaximized: true }
    expect(fitWindowState(saved, [laptop])).toEqual(saved)
  })

  it('keeps a window on a second monitor that is still attached', () => {
    const saved = { x: 2000, y: 0, width: 1600, height: 1000, isMaximized: false }
    expect(fitWindowState(saved, [laptop, external])).toEqual(saved)
  })

  it('centres a window whose monitor was unplugged, shrunk to the remaining screen', () => {
    const saved = { x: 2000, y: 0, width: 2400, height: 1300, isMaximized: false }
    expect(fitWindowState(saved, [laptop])).toEqual({
      width: 1440,
      height: 875,
      isMaximized: false,
    })
  })

  it('pulls a window hanging off the edge back onto the screen', () => {
    const saved = { x: 1000, y: 700, width: 1000, height: 700, isMaximized: false }
    expect(fitWindowState(saved, [laptop])).toEqual({
      x: 440,
      y: 175,
      width: 1000,
      height: 700,
      isMaximized: false,
    })
  })

  it('treats a sliver of a window as off screen', () => {
    const saved = { x: 1400, y: 0, width: 1000, height: 700, isMaximized: false }
    expect(fitWindowState(saved, [laptop])).toEqual({
      width: 1000,
      height: 700,
      isMaximized: false,
    })
  })

  it('never goes below the minimum size unless the screen is smaller', () => {
    const tiny = { x: 0, y: 0, width: 800, height: 560 }
    const saved = { x: 0, y: 0, width: 300, height: 200, isMaximized: false }
    expect(fitWindowState(saved, [laptop])).toMatchObject({ width: 900, height: 600 })
    expect(fitWindowState(saved, [tiny])).toMatchObject({ width: 800, height: 560 })
  })
})
