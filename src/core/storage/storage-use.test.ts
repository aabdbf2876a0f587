import { describe, expect, it } from 'vitest'
import {
  auditsBySpace,
  bytesFree,
  needsStorageWarning,
  storageShare,
  sumBytesByAudit,
  wholePercent,
} from './storage-use'

const GB = 1024 ** 3

describe('storageShare and needsStorageWarning', () => {
  it.each([
    [0.5 * GB, 1 * GB, 0.5, false],
    [0.79 * GB, 1 * GB, 0.79, false],
    [0.8 * GB, 1 * GB, 0.8, true],
    [0.85 * GB, 1 * GB, 0.85, true],
    [2 * GB, 1 * GB, 1, true],
  ])('%d of %d used is a share of %d, warning: %s', (usage, quota, share, warns) => {
    expect(storageShare(usage, quota)).toBeCloseTo(share)
    expect(needsStorageWarning(usage, quota)).toBe(warns)
  })

  it.each([
    [undefined, GB],
    [GB, undefined],
    [GB, 0],
    [GB, -1],
    [-1, GB],
    [Number.NaN, GB],
    [GB, Number.POSITIVE_INFINITY],
  ])('gives no share and no warning for %s of %s', (usage, quota) => {
    expect(storageShare(usage, quota)).toBeUndefined()
    expect(needsStorageWarning(usage, quota)).toBe(false)
  })
})

describe('wholePercent', () => {
  it('rounds down, so just under the threshold never reads as 80 %', () => {
    expect(wholePercent(0.7999)).toBe(79)
    expect(wholePercent(0.8)).toBe(80)
    expect(wholePercent(1)).toBe(100)
  })

  it('reads anything used as at least 1 %, and nothing as 0 %', () => {
    expect(wholePercent(0.0001)).toBe(1)
    expect(wholePercent(0)).toBe(0)
  })
})

describe('bytesFree', () => {
  it('is what is left under the quota, never negative', () => {
    expect(bytesFree(300, 1000)).toBe(700)
    expect(bytesFree(1200, 1000)).toBe(0)
  })
})

describe('sumBytesByAudit', () => {
  it('adds each audit’s evidence sizes, skipping sizes that are not bytes', () => {
    const totals = sumBytesByAudit([
      { auditId: 'a', size: 100 },
      { auditId: 'b', size: 40 },
      { auditId: 'a', size: 25 },
      { auditId: 'b', size: Number.NaN },
      { auditId: 'c', size: -5 },
    ])
    expect([...totals]).toEqual([
      ['a', 125],
      ['b', 40],
    ])
  })
})

describe('auditsBySpace', () => {
  const audits = [
    { id: 'a', client: 'Acme', system: 'Billing' },
    { id: 'b', client: 'Bolt', system: 'Payments' },
    { id: 'c', client: 'Cove', system: 'Support' },
    { id: 'd', client: 'Dune', system: 'Ops' },
  ]

  it('lists the largest first with its share of all evidence, leaving out empty audits', () => {
    const bytes = new Map([
      ['a', 100],
      ['b', 300],
      ['d', 100],
      ['gone', 999],
    ])
    expect(auditsBySpace(audits, bytes)).toEqual([
      { auditId: 'b', client: 'Bolt', system: 'Payments', bytes: 300, share: 0.6 },
      { auditId: 'a', client: 'Acme', system: 'Billing', bytes: 100, share: 0.2 },
      { auditId: 'd', client: 'Dune', system: 'Ops', bytes: 100, share: 0.2 },
    ])
  })

  it('gives at most `limit` audits, and none when nothing is stored', () => {
    const bytes = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ])
    expect(auditsBySpace(audits, bytes, 2).map((a) => a.auditId)).toEqual(['c', 'b'])
    expect(auditsBySpace(audits, new Map())).toEqual([])
    expect(auditsBySpace(audits, bytes, 0)).toEqual([])
  })
})
