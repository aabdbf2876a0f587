import { describe, expect, it } from 'vitest'
import { chooseLiveAudits } from './live-audits'

describe('which shared audits replicate live', () => {
  it('keeps every audit live while there are no more than the limit', () => {
    expect(chooseLiveAudits(['a', 'b'], new Map(), 4)).toEqual(new Set(['a', 'b']))
  })

  it('keeps the most recently active ones live, the rest synced now and then', () => {
    const lastActive = new Map([
      ['a', 10],
      ['b', 30],
      ['c', 20],
      ['d', 40],
    ])
    expect(chooseLiveAudits(['a', 'b', 'c', 'd', 'e'], lastActive, 2)).toEqual(new Set(['d', 'b']))
  })

  it('between audits never active, keeps those it was given first, so the choice does not flap', () => {
    expect(chooseLiveAudits(['x', 'y', 'z'], new Map(), 2)).toEqual(new Set(['x', 'y']))
    expect(chooseLiveAudits(['x', 'y', 'z'], new Map([['z', 1]]), 2)).toEqual(new Set(['z', 'x']))
  })

  it('keeps none live for a limit of zero or less', () => {
    expect(chooseLiveAudits(['a'], new Map(), 0).size).toBe(0)
    expect(chooseLiveAudits(['a'], new Map(), -1).size).toBe(0)
  })
})
