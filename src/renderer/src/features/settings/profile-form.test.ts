import { describe, expect, it } from 'vitest'
import { MAX_AUDITOR_NAME, MAX_FIRM, parseProfileForm } from './profile-form'

describe('parseProfileForm', () => {
  it('trims a name and an optional firm', () => {
    expect(parseProfileForm({ auditorName: '  Ana Ruiz ', firm: '' })).toEqual({
      ok: true,
      profile: { auditorName: 'Ana Ruiz', firm: '' },
    })
  })

  it.each([
    [{ auditorName: '   ', firm: '' }, 'auditorName', /Enter your name/],
    [{ auditorName: 'x'.repeat(MAX_AUDITOR_NAME + 1), firm: '' }, 'auditorName', /at most 120/],
    [{ auditorName: 'Ana', firm: 'x'.repeat(MAX_FIRM + 1) }, 'firm', /at most 200/],
  ])('refuses %o with a message for %s', (values, field, message) => {
    const result = parseProfileForm(values)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(Object.keys(result.errors)).toEqual([field])
      expect(result.errors[field as 'auditorName' | 'firm']).toMatch(message)
    }
  })
})
