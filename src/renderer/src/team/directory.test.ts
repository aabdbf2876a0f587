import { beforeEach, describe, expect, it } from 'vitest'
import { auditDatabaseName } from '@core/team'
import type { WorkbookDatabase } from '../db/database'
import { freshDatabase } from '../db/test-support/fixtures'
import { refreshDirectory } from './directory'
import { markAuditShared } from './shared-audits'
import type { WorkspaceHttp } from './workspace-http'

const share = (auditId: string, owner: string, consultants: string[]) => ({
  _id: `share:${auditId}`,
  auditId,
  owner,
  consultants,
  reviewers: [],
})

function answering(status: number, body: unknown): WorkspaceHttp {
  return {
    send: () => Promise.resolve({ status, body }),
    bytes: () => Promise.reject(new Error('the directory moves no bytes')),
  }
}

describe('the firm directory', () => {
  let db: WorkbookDatabase
  beforeEach(async () => {
    db = await freshDatabase()
    await markAuditShared(db, {
      auditId: 'kept',
      database: auditDatabaseName('kept'),
      owner: 'ana',
      consultants: ['bo'],
      reviewers: [],
      final: false,
      sharedAt: 1,
      appliedSeq: 0,
    })
  })

  it('joins audits shared with this consultant, refuses a malformed entry, and applies the rest', async () => {
    const outcome = await refreshDirectory(
      db,
      answering(200, {
        results: [
          { id: 'share:kept', doc: share('kept', 'ana', ['bo', 'carol']) },
          { id: 'share:new', doc: share('new', 'ana', ['bo']) },
          { id: 'share:bad', doc: { _id: 'share:bad', owner: 42 } },
          { id: 'share:other', doc: share('other', 'ana', ['dan']) },
        ],
      }),
      'bo',
      5,
    )
    expect(outcome).toEqual({ joined: ['new'], left: [], refused: ['share:bad'] })
    expect(await db.teamAudits.get('new')).toMatchObject({
      database: auditDatabaseName('new'),
      owner: 'ana',
    })
    expect(await db.teamAudits.get('kept')).toMatchObject({ consultants: ['bo', 'carol'] })
    expect(await db.teamAudits.get('other')).toBeUndefined()
  })

  it('leaves an audit this consultant was taken off, keeping its copy here', async () => {
    const outcome = await refreshDirectory(db, answering(200, { results: [] }), 'bo', 5)
    expect(outcome.left).toEqual(['kept'])
    expect(await db.teamAudits.count()).toBe(0)
  })

  it('changes nothing when the server answers an error or garbage', async () => {
    await expect(refreshDirectory(db, answering(500, { error: 'boom' }), 'bo', 5)).rejects.toThrow(
      '500',
    )
    await expect(
      refreshDirectory(db, answering(200, { rows: 'not a feed' }), 'bo', 5),
    ).rejects.toThrow()
    expect(await db.teamAudits.get('kept')).toBeDefined()
  })

  it('does not bring back an audit this laptop left, unless it is shared again later', async () => {
    const left = await db.teamAudits.get('kept')
    await db.teamAudits.put({ ...left!, leftAt: 10 })
    const same = {
      results: [{ id: 'share:kept', doc: { ...share('kept', 'ana', ['bo']), sharedAt: 5 } }],
    }
    expect(await refreshDirectory(db, answering(200, same), 'bo', 20)).toMatchObject({
      joined: [],
      left: [],
    })
    expect(await db.teamAudits.get('kept')).toMatchObject({ leftAt: 10 })
    const again = {
      results: [{ id: 'share:kept', doc: { ...share('kept', 'ana', ['bo']), sharedAt: 15 } }],
    }
    expect(await refreshDirectory(db, answering(200, again), 'bo', 20)).toMatchObject({
      joined: ['kept'],
    })
    expect(await db.teamAudits.get('kept')).not.toHaveProperty('leftAt')
  })
})
