import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SaveSchedule } from './save-schedule'

let saves: number[]
let schedule: SaveSchedule

beforeEach(() => {
  vi.useFakeTimers()
  saves = []
  schedule = new SaveSchedule(
    () => {
      saves.push(Date.now())
      return Promise.resolve()
    },
    { quietMs: 2_000, gapMs: 10_000 },
    () => Date.now(),
  )
})

afterEach(() => {
  schedule.cancel()
  vi.useRealTimers()
})

describe('when the search index is written away', () => {
  it('once, after a quiet moment, however many changes came before', () => {
    const start = Date.now()
    for (let i = 0; i < 50; i++) {
      schedule.due() // a save per keystroke, 100 ms apart
      vi.advanceTimersByTime(100)
    }
    expect(saves).toEqual([])
    vi.advanceTimersByTime(2_000)
    expect(saves).toEqual([start + 4_900 + 2_000])
  })

  it('not while queries keep coming, and nothing when nothing changed', () => {
    schedule.postpone()
    vi.advanceTimersByTime(60_000)
    expect(saves).toEqual([])
    schedule.due()
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(1_000)
      schedule.postpone()
    }
    expect(saves).toEqual([])
    vi.advanceTimersByTime(2_000)
    expect(saves).toHaveLength(1)
  })

  it('at most once in the gap, however quiet it gets between changes', () => {
    schedule.due()
    vi.advanceTimersByTime(2_000)
    const first = saves[0]!
    schedule.due()
    vi.advanceTimersByTime(3_000)
    expect(saves).toEqual([first])
    vi.advanceTimersByTime(6_999)
    expect(saves).toEqual([first])
    vi.advanceTimersByTime(1)
    expect(saves).toEqual([first, first + 10_000])
  })
})
