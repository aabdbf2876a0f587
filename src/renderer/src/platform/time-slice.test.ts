import { describe, expect, it } from 'vitest'
import { nextTask, timeSlicer } from './time-slice'

describe('timeSlicer', () => {
  it('yields only once its slice of time has passed, then starts a new slice', async () => {
    let time = 1_000
    let turns = 0
    const slice = timeSlicer(
      async () => {
        turns += 1
      },
      25,
      () => time,
    )

    await slice()
    time += 24
    await slice()
    expect(turns).toBe(0)

    time += 1
    await slice()
    expect(turns).toBe(1)

    time += 24
    await slice()
    expect(turns).toBe(1)
    time += 1
    await slice()
    expect(turns).toBe(2)
  })
})

describe('nextTask', () => {
  it('resolves after work already queued as a task, so a waiting message gets its turn', async () => {
    const order: string[] = []
    setTimeout(() => order.push('queued task'), 0)
    await nextTask()
    order.push('after the turn')
    expect(order).toEqual(['queued task', 'after the turn'])
  })
})
