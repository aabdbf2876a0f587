import { describe, expect, it } from 'vitest'
import { auditDatabaseName } from './database-names'
import { auditDesignDoc, auditSecurity } from './server-rules'
import { planSharedAudits } from './shared-audit-plan'

const share = (auditId: string, more: object = {}) => ({
  _id: `share:${auditId}`,
  auditId,
  database: auditDatabaseName(auditId),
  owner: 'ann',
  consultants: ['bob'],
  reviewers: ['rev'],
  sharedAt: 1,
  by: 'ann',
  ...more,
})

describe('creating the databases of shared audits', () => {
  it('creates a missing audit database with its people and rules', () => {
    const { steps, skipped } = planSharedAudits([share('Audit-1')], [])
    const database = 'workbook-audit-$audit-1'
    expect(skipped).toEqual([])
    expect(steps.map((step) => [step.path, step.body])).toEqual([
      [database, undefined],
      [
        `${database}/_security`,
        auditSecurity({ owner: 'ann', consultants: ['bob'], reviewers: ['rev'] }),
      ],
      [`${database}/_design/workbook`, auditDesignDoc({ reviewers: ['rev'], final: false })],
    ])
  })

  it('never touches a database that exists: its owner keeps its people and rules', () => {
    expect(planSharedAudits([share('a1')], ['workbook-audit-a1']).steps).toEqual([])
  })

  it('skips what it cannot act on, saying why, and goes on with the rest', () => {
    const { steps, skipped } = planSharedAudits(
      [
        { _id: 'share:x', _deleted: true },
        share('a2', { _id: 'share:other' }),
        share('a3', { database: 'workbook-firm' }),
        share('a4', { owner: '' }),
        null,
        share('a5'),
      ],
      [],
    )
    expect(skipped).toEqual([
      'share:x: not a share document this version understands',
      "share:other: names another audit's database",
      "share:a3: names another audit's database",
      'share:a4: not a share document this version understands',
      '?: not a share document this version understands',
    ])
    expect(steps.map((step) => step.path)).toContain('workbook-audit-a5')
  })

  it('creates a database once when the directory names it twice', () => {
    expect(planSharedAudits([share('a6'), share('a6')], []).steps).toHaveLength(3)
  })
})
