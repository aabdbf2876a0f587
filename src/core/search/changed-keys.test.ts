import { describe, expect, it } from 'vitest'
import { changedKeys } from './changed-keys'

describe('the keys a write changed', () => {
  it('lists single keys of a tree of point ranges', () => {
    const tree = {
      from: ['a', 's', 'q2'],
      to: ['a', 's', 'q2'],
      d: 2,
      l: { from: ['a', 's', 'q1'], to: ['a', 's', 'q1'], d: 1 },
      r: null,
    }
    expect(changedKeys(tree)).toEqual({
      wide: false,
      keys: [
        ['a', 's', 'q2'],
        ['a', 's', 'q1'],
      ],
    })
    expect(changedKeys({ d: 0 })).toEqual({ wide: false, keys: [] })
  })

  it('says "everything" for a true range, or for anything it does not understand', () => {
    expect(changedKeys({ from: 'a', to: 'z', d: 1 })).toEqual({ wide: true })
    expect(changedKeys({ from: 'a', to: 'a', d: 2, r: { from: -Infinity, to: [[]] } })).toEqual({
      wide: true,
    })
    expect(changedKeys('nonsense')).toEqual({ wide: true })
    expect(changedKeys({ from: { x: 1 }, to: { x: 1 } })).toEqual({ wide: true })
  })
})
