import { describe, expect, it } from 'vitest'
import { auditArchiveName, everythingArchiveName } from './archive-names'

describe('archive file names', () => {
  it('names an audit by its client and system', () => {
    expect(auditArchiveName({ client: 'Northwind Traders', system: 'Payments platform' })).toBe(
      'Northwind Traders – Payments platform.auditwb',
    )
    expect(auditArchiveName({ client: ' ', system: '' })).toBe('Audit.auditwb')
  })

  it('names everything by the day', () => {
    expect(everythingArchiveName('2026-11-28')).toBe(
      'Audit Workbook – all data – 2026-11-28.auditwb',
    )
  })
})
