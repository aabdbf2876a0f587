import { describe, expect, it } from 'vitest'
import { scanJson } from './json-scan'

describe('scanJson', () => {
  it.each([
    ['[]', { opens: '[', rows: 0, containers: 1, values: 1 }],
    [
      ' [ {"a": [1, "x,]}", null]}, 2.5e3, "q\\"]", true ] ',
      { opens: '[', rows: 4, containers: 3, values: 9 },
    ],
    [
      '{"entries": [{"name": "a"}, {"name": "b"}]}',
      { opens: '{', rows: 0, containers: 4, values: 6 },
    ],
    ['[{},{},{}]', { opens: '[', rows: 3, containers: 4, values: 4 }],
  ])('counts %s', (text, shape) => {
    expect(scanJson(text, 64)).toEqual({ ok: true, shape })
  })

  it('agrees with JSON.parse on the rows of a real entry', () => {
    const rows = [{ id: 'a', list: [1, 2, { b: '[{' }] }, 'x', [[]], { '': '' }]
    const scan = scanJson(JSON.stringify(rows), 64)
    expect(scan.ok && scan.shape.rows).toBe(rows.length)
  })

  it('stops at the first point deeper than allowed, without a stack', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000)
    expect(scanJson(deep, 64)).toEqual({ ok: false, tooDeep: 64 })
    const fine = '['.repeat(64) + ']'.repeat(64)
    expect(scanJson(fine, 64).ok).toBe(true)
    // Brackets inside strings are text, not depth.
    expect(scanJson(JSON.stringify(['['.repeat(1000)]), 64).ok).toBe(true)
  })
})
