import { describe, expect, it } from 'vitest'
import { auditAfterAnswer, editProblem } from './editable'
import type { Audit, AuditStatus } from './model'

const NOW = Date.UTC(2026, 10, 28, 9, 0)

function audit(status: AuditStatus, overrides: Partial<Audit> = {}): Audit {
  return {
    id: 'a1',
    client: 'Northwind Traders',
    system: 'Payments platform',
    auditors: ['Ana Ruiz'],
    firm: '',
    startDate: '2026-11-28',
    status,
    contextNotes: '',
    sectionIds: [],
    questionCount: 0,
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...overrides,
  }
}

describe('editProblem', () => {
  it('lets a draft and an audit in progress be changed', () => {
    expect(editProblem(audit('draft'))).toBeUndefined()
    expect(editProblem(audit('in-progress'))).toBeUndefined()
  })

  it('refuses a final audit, saying how to change it', () => {
    expect(editProblem(audit('final'))).toBe('This audit is final. Reopen it to make changes.')
  })

  it('refuses an audit that is missing or deleted', () => {
    expect(editProblem(undefined)).toBe('This audit no longer exists.')
    expect(editProblem(audit('draft', { deletedAt: NOW }))).toBe('This audit no longer exists.')
  })
})

describe('auditAfterAnswer', () => {
  it('moves a draft to in progress and touches it', () => {
    expect(auditAfterAnswer(audit('draft'), NOW)).toEqual({
      ...audit('draft'),
      status: 'in-progress',
      updatedAt: NOW,
    })
  })

  it('leaves any other status as it is', () => {
    expect(auditAfterAnswer(audit('in-progress'), NOW).status).toBe('in-progress')
    expect(auditAfterAnswer(audit('final'), NOW).status).toBe('final')
  })
})
