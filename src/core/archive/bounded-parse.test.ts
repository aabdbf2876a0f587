import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { parseBounded } from './bounded-parse'

const row = z.strictObject({ id: z.string(), size: z.number(), done: z.boolean() })

describe('parseBounded', () => {
  it('returns the parsed value when it is valid, defaults filled in', () => {
    const withDefault = z.strictObject({ weight: z.number().default(1) })
    expect(parseBounded(z.array(withDefault), [{}, { weight: 2 }])).toEqual({
      success: true,
      data: [{ weight: 1 }, { weight: 2 }],
    })
  })

  it('stops at the first invalid element of a huge array, naming it precisely', () => {
    const rows = Array.from({ length: 200_000 }, () => ({}))
    const result = parseBounded(z.array(row), rows)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.issues.length).toBeLessThanOrEqual(3)
    expect(result.issues[0]).toMatchObject({ path: [0, 'id'], message: 'is required' })
  })

  it('finds a problem deep in a valid prefix', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, size: i, done: true }))
    rows.push({ id: 'last', size: 'big' as unknown as number, done: true })
    const result = parseBounded(z.array(row), rows)
    expect(result).toMatchObject({
      success: false,
      issues: [{ path: [10_000, 'size'], message: 'must be a number' }],
    })
  })
})
