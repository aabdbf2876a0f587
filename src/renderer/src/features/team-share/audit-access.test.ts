import { describe, expect, it } from 'vitest'
import { auditAccess } from './audit-access'

describe('auditAccess', () => {
  it('lets the owner and consultants change an audit in progress', () => {
    for (const role of ['owner', 'consultant', undefined] as const)
      expect(auditAccess({ status: 'in-progress' }, role)).toEqual({
        readOnly: false,
        reviewing: false,
      })
  })

  it('keeps a reviewer from changing anything, final or not', () => {
    expect(auditAccess({ status: 'draft' }, 'reviewer')).toEqual({
      readOnly: true,
      reviewing: true,
    })
    expect(auditAccess({ status: 'final' }, 'reviewer')).toEqual({
      readOnly: true,
      reviewing: true,
    })
  })

  it('keeps a final audit read-only for everyone', () => {
    expect(auditAccess({ status: 'final' }, 'owner')).toEqual({ readOnly: true, reviewing: false })
  })
})
