import { describe, expect, it } from 'vitest'
import { differingFields, fieldLabel, valueWords } from './row-fields'

describe('differingFields', () => {
  it('lists only the fields that differ, in words, leaving out bookkeeping', () => {
    const base = { auditId: 'a1', sectionId: 's', questionId: 'q', owner: 'Ops', updatedAt: 1 }
    expect(
      differingFields('findingEdits', [
        { ...base, dueDate: '2026-01-31', status: 'open' },
        { ...base, dueDate: '', status: 'open', updatedAt: 2 },
      ]),
    ).toEqual([{ label: 'Due date', values: ['2026-01-31', '—'] }])
  })

  it("says a finding's and an audit's coded values as the app shows them", () => {
    expect(
      differingFields('findingEdits', [
        { status: 'open', severity: 'high' },
        { status: 'accepted-risk', severity: 'low' },
      ]),
    ).toEqual([
      { label: 'Status', values: ['Open', 'Accepted risk'] },
      { label: 'Severity', values: ['High', 'Low'] },
    ])
    expect(differingFields('audits', [{ status: 'final' }, { status: 'draft' }])).toEqual([
      { label: 'Status', values: ['Final', 'Draft'] },
    ])
  })

  it('says which side deleted the document', () => {
    expect(differingFields('preparationAnswers', [{ done: true }, undefined])).toEqual([
      { label: 'Kept', values: ['Yes', 'Deleted'] },
      { label: 'Done', values: ['Yes', '—'] },
    ])
  })

  it('shows a narrative as its text, never as data', () => {
    const doc = (text: string) => ({ blocks: [{ kind: 'paragraph', inlines: [{ text }] }] })
    expect(differingFields('narratives', [{ doc: doc('Calm.') }, { doc: doc('Busy.') }])).toEqual([
      { label: 'Text', values: ['Calm.', 'Busy.'] },
    ])
  })
})

describe('valueWords and fieldLabel', () => {
  it('turns values and field names into words', () => {
    expect(valueWords(['s/q1', 's/q2'])).toBe('s/q1; s/q2')
    expect(valueWords([])).toBe('—')
    expect(valueWords([{ section: {} }, { section: {} }])).toBe('2 items')
    expect(valueWords(3)).toBe('3')
    expect(valueWords({ unknown: 'shape' })).toBe('—')
    expect(fieldLabel('capturedBy')).toBe('Captured by')
  })
})
