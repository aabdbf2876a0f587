import { describe, expect, it } from 'vitest'
import { FINDING_TEXT_LIMITS, normaliseFindingPatch, type FindingEditPatch } from './finding-patch'

describe('normaliseFindingPatch', () => {
  it('trims what the consultant typed', () => {
    expect(normaliseFindingPatch({ owner: '  Priya  ', dueDate: ' 2027-01-31 ' })).toEqual({
      changes: { owner: 'Priya', dueDate: '2027-01-31' },
    })
  })

  it('goes back to the derived value on null or blank', () => {
    const { changes } = normaliseFindingPatch({ title: '   ', gap: null, severity: null })
    expect(changes).toEqual({ title: undefined, gap: undefined, severity: undefined })
    // Present but undefined: the field is cleared, not left as it was.
    expect(changes && 'title' in changes).toBe(true)
  })

  it('leaves absent fields out', () => {
    expect(normaliseFindingPatch({ status: 'done' })).toEqual({ changes: { status: 'done' } })
  })

  it('accepts an empty due date, clearing it', () => {
    expect(normaliseFindingPatch({ dueDate: '' })).toEqual({ changes: { dueDate: '' } })
  })

  it('accepts text up to its limit', () => {
    const title = 'x'.repeat(FINDING_TEXT_LIMITS.title)
    expect(normaliseFindingPatch({ title })).toEqual({ changes: { title } })
  })

  it.each<[FindingEditPatch, RegExp]>([
    [{ dueDate: '2027-02-30' }, /real date/],
    [{ dueDate: 'next week' }, /real date/],
    [{ owner: 'x'.repeat(201) }, /at most 200/],
    [{ title: 'x'.repeat(301) }, /The title must be at most 300 characters/],
    [{ gap: 'x'.repeat(20_001) }, /The gap must be at most 20,000 characters/],
    [{ status: 'closed' as never }, /Choose a status/],
    [{ severity: 'urgent' as never }, /Choose a severity/],
  ])('refuses %j', (patch, message) => {
    const result = normaliseFindingPatch(patch)
    expect(result.changes).toBeUndefined()
    expect(result.problem).toMatch(message)
  })
})
