import { describe, expect, it } from 'vitest'
import { describeShareOutcome } from './share-outcome'

describe('describeShareOutcome', () => {
  it('names the people once shared, reviewers marked', () => {
    expect(
      describeShareOutcome({ state: 'shared' }, { consultants: ['bo'], reviewers: ['carol'] }),
    ).toBe('Shared: bo, carol (reviewer).')
  })

  it('says the audit waits for the firm admin, and what they run', () => {
    expect(
      describeShareOutcome({ state: 'waiting-for-admin' }, { consultants: ['bo'], reviewers: [] }),
    ).toMatch(/^Waiting for the firm's admin .*npm run team:provision -- --shared-audits/)
  })

  it('says nobody else is on it when shared with nobody', () => {
    expect(describeShareOutcome({ state: 'shared' }, { consultants: [], reviewers: [] })).toBe(
      'Shared: nobody else is on it yet.',
    )
  })
})
