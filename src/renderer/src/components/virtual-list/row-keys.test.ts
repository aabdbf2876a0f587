import { describe, expect, it } from 'vitest'
import { rowAfterKey, withPinnedRow } from './row-keys'

describe('rowAfterKey', () => {
  it.each([
    ['ArrowDown', 3, 4],
    ['ArrowUp', 3, 2],
    ['Home', 3, 0],
    ['End', 3, 9],
  ])('%s from row 3 of 10 goes to row %i', (key, from, to) => {
    expect(rowAfterKey(key, from, 10)).toBe(to)
  })

  it('stays on the first row going up and on the last going down', () => {
    expect(rowAfterKey('ArrowUp', 0, 10)).toBe(0)
    expect(rowAfterKey('ArrowDown', 9, 10)).toBe(9)
  })

  it('ignores other keys and empty lists', () => {
    expect(rowAfterKey('Tab', 3, 10)).toBeUndefined()
    expect(rowAfterKey('PageDown', 3, 10)).toBeUndefined()
    expect(rowAfterKey('End', 0, 0)).toBeUndefined()
  })

  it('clamps a row that is no longer in a list that shrank', () => {
    expect(rowAfterKey('ArrowUp', 50, 10)).toBe(8)
    expect(rowAfterKey('ArrowDown', -1, 10)).toBe(1)
  })
})

describe('withPinnedRow', () => {
  it('adds the focused row outside the visible range, in order', () => {
    expect(withPinnedRow([4, 5, 6], 1)).toEqual([1, 4, 5, 6])
    expect(withPinnedRow([4, 5, 6], 900)).toEqual([4, 5, 6, 900])
  })

  it('leaves the range alone when the row is in it, or there is none', () => {
    expect(withPinnedRow([4, 5, 6], 5)).toEqual([4, 5, 6])
    expect(withPinnedRow([4, 5, 6], undefined)).toEqual([4, 5, 6])
    expect(withPinnedRow([4, 5, 6], -1)).toEqual([4, 5, 6])
  })
})
