import { describe, expect, it } from 'vitest'
import { plural } from './plural'

describe('plural', () => {
  it.each([
    [0, 'finding', undefined, '0 findings'],
    [1, 'finding', undefined, '1 finding'],
    [2, 'finding', undefined, '2 findings'],
    [1, 'evidence item', undefined, '1 evidence item'],
    [1, 'child', 'children', '1 child'],
    [3, 'child', 'children', '3 children'],
  ])('%d %s → %s', (count, noun, nouns, text) => {
    expect(plural(count, noun, nouns)).toBe(text)
  })
})
