import { describe, expect, it } from 'vitest'
import type { Audit } from '../audit/model'
import { planCatchUp, stampsToKeep, UNSETTLED_MS } from './freshness'
import { audit } from './test-support/fixtures'

const at = (row: Audit, updatedAt: number): Audit => ({ ...row, updatedAt })

describe('what a kept index must catch up on', () => {
  it('reads again the audits written since their stamp or new, and drops deleted or gone ones', () => {
    const stamps = new Map([
      ['same', 10],
      ['written', 10],
      ['deleted', 10],
      ['purged', 10],
    ])
    const plan = planCatchUp(stamps, [
      at(audit('same', 'A', ''), 10),
      at(audit('written', 'B', ''), 11),
      at(audit('deleted', 'C', '', 12), 10),
      at(audit('imported', 'D', ''), 5),
      at(audit('deleted-new', 'E', '', 3), 3),
    ])
    expect(plan.current).toEqual(['same'])
    expect(plan.stale.map((a) => a.id)).toEqual(['written', 'imported'])
    expect(plan.gone).toEqual(['deleted', 'purged'])
  })

  it('reads an audit again when its time went back (a clock set back, an older copy imported)', () => {
    const plan = planCatchUp(new Map([['a', 10]]), [at(audit('a', 'A', ''), 9)])
    expect(plan.stale.map((a) => a.id)).toEqual(['a'])
  })
})

describe('the stamps kept with an index', () => {
  it('leave the audits written in the last minute to be read again, whatever their time', () => {
    const now = 1_000_000
    const stamps = new Map([
      ['settled', now - UNSETTLED_MS],
      ['just written', now - UNSETTLED_MS + 1],
      ['same millisecond', now],
      ['a clock a little ahead', now + UNSETTLED_MS - 1],
      ['dated days ahead', now + 10 * 86_400_000],
    ])
    const kept = stampsToKeep(stamps, now)
    expect(kept['settled']).toBe(now - UNSETTLED_MS)
    const rows = [...stamps].map(([id, updatedAt]) => at(audit(id, id, ''), updatedAt))
    const plan = planCatchUp(new Map(Object.entries(kept)), rows)
    expect(plan.current).toEqual(['settled', 'dated days ahead'])
    expect(plan.stale.map((a) => a.id)).toEqual([
      'just written',
      'same millisecond',
      'a clock a little ahead',
    ])
  })
})
