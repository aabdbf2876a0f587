import { describe, expect, it } from 'vitest'
import { auditArchiveName, everythingArchiveName, formatBytes } from './archive-names'

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

  it('writes sizes the way people read them', () => {
    expect(formatBytes(1)).toBe('1 byte')
    expect(formatBytes(300 * 1024)).toBe('300 KB')
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB')
    expect(formatBytes(40 * 1024 * 1024)).toBe('40 MB')
  })
})
