import { describe, expect, it } from 'vitest'
import { insertItem, moveItem, updateById } from './lists'

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]

describe('list steps', () => {
  it('moves an item, clamping the target, and returns the same list for no move', () => {
    expect(moveItem(items, 0, 2).map((i) => i.id)).toEqual(['b', 'c', 'a'])
    expect(moveItem(items, 2, -5).map((i) => i.id)).toEqual(['c', 'a', 'b'])
    expect(moveItem(items, 1, 1)).toBe(items)
    expect(moveItem(items, -1, 0)).toBe(items)
  })

  it('inserts at a place or at the end', () => {
    expect(insertItem(items, { id: 'x' }, 1).map((i) => i.id)).toEqual(['a', 'x', 'b', 'c'])
    expect(insertItem(items, { id: 'x' }).map((i) => i.id)).toEqual(['a', 'b', 'c', 'x'])
  })

  it('updates by id, or returns the same list', () => {
    expect(updateById(items, 'b', () => ({ id: 'B' })).map((i) => i.id)).toEqual(['a', 'B', 'c'])
    expect(updateById(items, 'z', () => ({ id: 'Z' }))).toBe(items)
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c'])
  })
})
