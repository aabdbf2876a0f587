import { describe, expect, it } from 'vitest'
import { MASK_CHAR, maskFor, maskText, mergeRanges } from './mask-text'

const mask = (n: number) => MASK_CHAR.repeat(n)

describe('maskFor', () => {
  it('gives the length class, not the length', () => {
    expect(maskFor(1)).toBe(mask(8))
    expect(maskFor(8)).toBe(mask(8))
    expect(maskFor(9)).toBe(mask(16))
    expect(maskFor(16)).toBe(mask(16))
    expect(maskFor(17)).toBe(mask(32))
    expect(maskFor(32)).toBe(mask(32))
    expect(maskFor(33)).toBe(mask(48))
    expect(maskFor(4000)).toBe(mask(48))
  })
})

describe('maskText', () => {
  it('masks a password inside a line and records the edit in source offsets', () => {
    const source = 'user=admin password=hunter2 port=22'
    const start = source.indexOf('hunter2')
    const result = maskText(source, [{ start, end: start + 7 }])
    expect(result.text).toBe(`user=admin password=${mask(8)} port=22`)
    expect(result.edits).toEqual([{ op: 'mask-text', start, end: start + 7 }])
  })

  it('two secrets of different lengths in one class get masks of the same length', () => {
    const a = maskText('k=abc', [{ start: 2, end: 5 }]).text
    const b = maskText('k=abcdefg', [{ start: 2, end: 9 }]).text
    expect(a).toBe(b)
  })

  it('merges overlapping and touching ranges into one mask', () => {
    const source = '0123456789abcdefghij'
    const result = maskText(source, [
      { start: 5, end: 10 },
      { start: 2, end: 6 },
      { start: 10, end: 12 },
    ])
    expect(result.edits).toEqual([{ op: 'mask-text', start: 2, end: 12 }])
    expect(result.text).toBe(`01${mask(16)}cdefghij`)
  })

  it('keeps separate ranges apart, offsets in the source', () => {
    const result = maskText('aaa SECRET bbb TOKEN ccc', [
      { start: 15, end: 20 },
      { start: 4, end: 10 },
    ])
    expect(result.text).toBe(`aaa ${mask(8)} bbb ${mask(8)} ccc`)
    expect(result.edits).toEqual([
      { op: 'mask-text', start: 4, end: 10 },
      { op: 'mask-text', start: 15, end: 20 },
    ])
  })

  it('ignores empty ranges and clamps ranges past the end', () => {
    expect(maskText('abc', [{ start: 1, end: 1 }])).toEqual({ text: 'abc', edits: [] })
    expect(maskText('abc', [{ start: 1, end: 99 }]).edits).toEqual([
      { op: 'mask-text', start: 1, end: 3 },
    ])
  })

  it('mergeRanges leaves the input untouched', () => {
    const ranges = [
      { start: 3, end: 5 },
      { start: 0, end: 4 },
    ]
    mergeRanges(ranges, 10)
    expect(ranges).toEqual([
      { start: 3, end: 5 },
      { start: 0, end: 4 },
    ])
  })
})
