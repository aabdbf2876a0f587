import { describe, expect, it } from 'vitest'
import { isCalendarDate, parseAuditDraft, splitNames } from './audit-draft'

const valid = {
  client: 'Northwind Traders',
  system: 'Payments platform',
  auditors: ['Ana Ruiz'],
  firm: 'Ruiz Consulting',
  startDate: '2026-11-28',
  sectionIds: ['incident-response'],
  contextNotes: '',
}

describe('parseAuditDraft', () => {
  it('accepts a complete draft and trims its text', () => {
    const result = parseAuditDraft({ ...valid, client: '  Northwind Traders  ' })
    expect(result).toEqual({ ok: true, draft: valid })
  })

  it.each([
    [{ client: '   ' }, 'client', 'Enter the client organisation.'],
    [{ system: '' }, 'system', 'Enter the system or team audited.'],
    [{ auditors: [] }, 'auditors', 'Name at least one auditor.'],
    [
      { startDate: 'next tuesday' },
      'startDate',
      'Enter the start date as a real date, like 2026-11-28.',
    ],
    [
      { startDate: '2026-02-30' },
      'startDate',
      'Enter the start date as a real date, like 2026-11-28.',
    ],
    [{ sectionIds: [] }, 'sectionIds', 'Choose at least one section.'],
  ])('refuses %o with a message for %s', (patch, field, message) => {
    const result = parseAuditDraft({ ...valid, ...patch })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toEqual({ [field]: message })
  })
})

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['28/11/2026', false],
    ['', false],
  ])('%s → %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected))
})

describe('splitNames', () => {
  it('splits on commas, semicolons and lines, dropping blanks', () => {
    expect(splitNames('Ana Ruiz, Tom Lee;\n\n  Zoë Ng ')).toEqual(['Ana Ruiz', 'Tom Lee', 'Zoë Ng'])
  })
})
