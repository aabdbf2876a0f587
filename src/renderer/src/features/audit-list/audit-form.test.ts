import { describe, expect, it } from 'vitest'
import type { Audit } from '@core/audit'
import {
  firstInvalidField,
  newAuditValues,
  START_DATE_MESSAGES,
  validateAuditForm,
  valuesOfAudit,
  type AuditFormValues,
} from './audit-form'

const valid: AuditFormValues = {
  client: ' Northwind Traders ',
  system: 'Payments platform',
  auditors: 'Ana Ruiz, Tom Lee',
  firm: 'Ruiz Consulting',
  startDate: '2026-11-28',
  sectionIds: ['incident-response'],
  contextNotes: 'Second visit.\nBring the rota.',
}

describe('validateAuditForm', () => {
  it('turns valid values into a trimmed draft with the auditors split', () => {
    expect(validateAuditForm(valid)).toEqual({
      ok: true,
      draft: { ...valid, client: 'Northwind Traders', auditors: ['Ana Ruiz', 'Tom Lee'] },
    })
  })

  it('gives one message per invalid field, and the first invalid field in form order', () => {
    const result = validateAuditForm({ ...valid, client: '', auditors: ' , ', sectionIds: [] })
    expect(result).toEqual({
      ok: false,
      errors: {
        client: 'Enter the client organisation.',
        auditors: 'Name at least one auditor.',
        sectionIds: 'Choose at least one section.',
      },
    })
    if (!result.ok) expect(firstInvalidField(result.errors)).toBe('client')
    expect(firstInvalidField({ sectionIds: 'x', startDate: 'y' })).toBe('startDate')
    expect(firstInvalidField({})).toBeUndefined()
  })

  it('explains an empty, a partly typed and a malformed start date differently', () => {
    const errorFor = (startDate: string, startDateIncomplete = false) => {
      const result = validateAuditForm({ ...valid, startDate }, { startDateIncomplete })
      return result.ok ? undefined : result.errors.startDate
    }
    expect(errorFor('')).toBe(START_DATE_MESSAGES.empty)
    expect(errorFor('', true)).toBe(START_DATE_MESSAGES.incomplete)
    expect(errorFor('next tuesday')).toBe('Enter the start date as a real date, like 2026-11-28.')
    expect(errorFor('2026-02-30')).toBe('Enter the start date as a real date, like 2026-11-28.')
    expect(errorFor('2026-11-28')).toBeUndefined()
  })
})

describe('form values', () => {
  it('prefills a new audit from the profile, today and every section', () => {
    expect(
      newAuditValues({ auditorName: 'Ana Ruiz', firm: 'Ruiz Consulting' }, '2026-11-28', [
        'a',
        'b',
      ]),
    ).toEqual({
      client: '',
      system: '',
      auditors: 'Ana Ruiz',
      firm: 'Ruiz Consulting',
      startDate: '2026-11-28',
      sectionIds: ['a', 'b'],
      contextNotes: '',
    })
    expect(newAuditValues(undefined, '2026-11-28', []).auditors).toBe('')
  })

  it('shows an audit with its auditors joined, and round-trips through validation', () => {
    const audit: Audit = {
      id: 'a1',
      client: 'Northwind Traders',
      system: 'Payments platform',
      auditors: ['Ana Ruiz', 'Tom Lee'],
      firm: '',
      startDate: '2026-11-28',
      status: 'draft',
      contextNotes: '',
      sectionIds: ['incident-response'],
      questionCount: 9,
      createdAt: 0,
      updatedAt: 0,
    }
    const values = valuesOfAudit(audit)
    expect(values.auditors).toBe('Ana Ruiz, Tom Lee')
    const result = validateAuditForm(values)
    expect(result.ok && result.draft.auditors).toEqual(audit.auditors)
  })
})
