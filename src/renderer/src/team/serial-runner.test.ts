import { describe, expect, it } from 'vitest'
import { serialRunner } from './serial-runner'

describe('serial runner', () => {
  it('runs once more for requests made while running, never twice at once', async () => {
    let active = 0
    let most = 0
    let runs = 0
    let release: () => void = () => {}
    const runner = serialRunner(
      async () => {
        active += 1
        most = Math.max(most, active)
        runs += 1
        if (runs === 1) await new Promise<void>((resolve) => (release = resolve))
        active -= 1
      },
      () => {},
    )
    const first = runner.request()
    void runner.request()
    void runner.request()
    release()
    await first
    await runner.idle()
    expect(runs).toBe(2)
    expect(most).toBe(1)
  })

  it('reports a failed run and keeps serving requests', async () => {
    const errors: unknown[] = []
    let runs = 0
    const runner = serialRunner(
      async () => {
        runs += 1
        if (runs === 1) throw new Error('server gone')
      },
      (error) => errors.push(error),
    )
    await runner.request()
    await runner.request()
    expect(runs).toBe(2)
    expect(errors).toEqual([new Error('server gone')])
  })
})
