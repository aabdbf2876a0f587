import { describe, expect, it } from 'vitest'
import { isLive, isPastUndo, UNDO_DELETE_MS } from './soft-delete'

describe('soft delete', () => {
  const now = Date.UTC(2026, 10, 28, 9, 0)

  it('counts a row as live until it is deleted', () => {
    expect(isLive({})).toBe(true)
    expect(isLive({ deletedAt: undefined })).toBe(true)
    expect(isLive({ deletedAt: now })).toBe(false)
    // Time zero is a time, not "not deleted".
    expect(isLive({ deletedAt: 0 })).toBe(false)
  })

  it('lets a deletion be undone for the whole undo window, and no longer', () => {
    expect(isPastUndo({}, now)).toBe(false)
    expect(isPastUndo({ deletedAt: now - UNDO_DELETE_MS }, now)).toBe(false)
    expect(isPastUndo({ deletedAt: now - UNDO_DELETE_MS - 1 }, now)).toBe(true)
  })
})
