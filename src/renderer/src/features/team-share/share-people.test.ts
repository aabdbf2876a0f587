import { describe, expect, it } from 'vitest'
import {
  describeSharing,
  mayAddTeamNotes,
  parseNames,
  shareAccess,
  teamRoleOf,
} from './share-people'

const shared = { owner: 'ana', consultants: ['bo'], reviewers: ['carol'] }

describe('parseNames', () => {
  it('splits on commas, semicolons and new lines, trimmed and without repeats', () => {
    expect(parseNames(' bo, carol;dan\n bo \n')).toEqual(['bo', 'carol', 'dan'])
  })

  it('gives no names for blank or separator-only input', () => {
    expect(parseNames('')).toEqual([])
    expect(parseNames(' , ;\n\n,')).toEqual([])
  })
})

describe('teamRoleOf', () => {
  it('names the owner, a consultant and a reviewer', () => {
    expect(teamRoleOf(shared, 'ana')).toBe('owner')
    expect(teamRoleOf(shared, 'bo')).toBe('consultant')
    expect(teamRoleOf(shared, 'carol')).toBe('reviewer')
  })

  it('takes a name in both lists for a reviewer, as the server does', () => {
    expect(teamRoleOf({ ...shared, consultants: ['carol'] }, 'carol')).toBe('reviewer')
  })

  it('gives no role off the audit, signed out, or on an audit that is not shared', () => {
    expect(teamRoleOf(shared, 'eve')).toBeUndefined()
    expect(teamRoleOf(shared, undefined)).toBeUndefined()
    expect(teamRoleOf(undefined, 'ana')).toBeUndefined()
  })
})

describe('describeSharing', () => {
  it('tells the owner who they share with, reviewers marked', () => {
    expect(describeSharing(shared, 'ana')).toBe('Shared · with bo, carol (reviewer)')
  })

  it('tells a colleague who shared it and who else is on it', () => {
    expect(describeSharing(shared, 'bo')).toBe('Shared by ana · also carol (reviewer)')
    expect(describeSharing({ ...shared, reviewers: [] }, 'bo')).toBe('Shared by ana')
  })

  it('tells a reviewer they review it', () => {
    expect(describeSharing(shared, 'carol')).toBe('Shared by ana · you review it · also bo')
  })

  it('says who shared it when nobody is signed in', () => {
    expect(describeSharing(shared, undefined)).toBe('Shared by ana · also bo, carol (reviewer)')
  })

  it('says so when the owner has not named anyone yet, and nothing when not shared', () => {
    expect(describeSharing({ owner: 'ana', consultants: [], reviewers: [] }, 'ana')).toBe(
      'Shared · with nobody yet',
    )
    expect(describeSharing(undefined, 'ana')).toBeUndefined()
  })
})

describe('shareAccess', () => {
  it('lets the owner change who is on it, and anyone share an audit not shared yet', () => {
    expect(shareAccess(shared, 'ana')).toBe('change')
    expect(shareAccess(undefined, 'bo')).toBe('change')
  })

  it('shows the others who is on it, and nothing at all without a workspace', () => {
    expect(shareAccess(shared, 'carol')).toBe('view')
    expect(shareAccess(shared, undefined)).toBeUndefined()
    expect(shareAccess(undefined, undefined)).toBeUndefined()
  })
})

describe('mayAddTeamNotes', () => {
  it('lets anyone on a shared audit comment, reviewers included', () => {
    for (const role of ['owner', 'consultant', 'reviewer'] as const)
      expect(mayAddTeamNotes({ final: false }, role, false)).toBe(true)
  })

  it('keeps out someone not on it, and everyone but a firm admin once it is final', () => {
    expect(mayAddTeamNotes({ final: false }, undefined, false)).toBe(false)
    expect(mayAddTeamNotes({ final: true }, 'owner', false)).toBe(false)
    expect(mayAddTeamNotes({ final: true }, undefined, true)).toBe(true)
  })

  it('offers nothing on an audit that is not shared', () => {
    expect(mayAddTeamNotes(undefined, 'owner', true)).toBe(false)
  })
})
