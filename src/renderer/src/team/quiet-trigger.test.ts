import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { quietTrigger } from './quiet-trigger'

describe('quiet trigger', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs once after a burst falls quiet', () => {
    const run = vi.fn()
    const trigger = quietTrigger(run, 200, 1_000)
    for (let key = 0; key < 5; key++) {
      trigger.poke()
      vi.advanceTimersByTime(50)
    }
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    expect(run).toHaveBeenCalledOnce()
  })

  it('runs at the latest after the longest wait while the burst goes on', () => {
    const run = vi.fn()
    const trigger = quietTrigger(run, 200, 1_000)
    for (let key = 0; key < 30; key++) {
      trigger.poke()
      vi.advanceTimersByTime(100)
    }
    expect(run).toHaveBeenCalledTimes(3)
  })

  it('runs nothing once cancelled', () => {
    const run = vi.fn()
    const trigger = quietTrigger(run, 200, 1_000)
    trigger.poke()
    trigger.cancel()
    vi.advanceTimersByTime(2_000)
    expect(run).not.toHaveBeenCalled()
  })
})
