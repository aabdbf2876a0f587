import { describe, expect, it } from 'vitest'
import type { TeamAuditRow } from '../../team/team-rows'
import { addComment, assignSection } from '../../team/team-docs'
import { freshDatabase } from '../test-support/fixtures'
import { allTeamAudits, teamAuditOf, teamDocsOf } from './team'

const shared = (auditId: string, owner: string): TeamAuditRow => ({
  auditId,
  database: `audit-${auditId}`,
  owner,
  consultants: ['bo'],
  reviewers: ['carol'],
  final: false,
  sharedAt: 1,
  appliedSeq: 0,
})

describe('team queries', () => {
  it('reads every shared audit at once, and one by its id', async () => {
    const db = await freshDatabase()
    await db.teamAudits.bulkPut([shared('a1', 'ana'), shared('a2', 'bo')])

    expect((await allTeamAudits(db)).map((row) => row.owner).sort()).toEqual(['ana', 'bo'])
    expect((await teamAuditOf(db, 'a2'))?.owner).toBe('bo')
    expect(await teamAuditOf(db, 'solo')).toBeUndefined()
  })

  it("reads one audit's comments and assignments, not another's", async () => {
    const db = await freshDatabase()
    await db.teamAudits.bulkPut([shared('a1', 'ana'), shared('a2', 'ana')])
    await addComment(db, 'a1', 'answer:s1:q1', '  Who is the backup?  ', 'carol', 10)
    await assignSection(db, 'a1', 's1', 'bo', 'ana', 11)
    await addComment(db, 'a2', 'answer:s1:q1', 'Elsewhere', 'carol', 12)

    const docs = (await teamDocsOf(db, 'a1')).map((row) => row.doc)
    expect(docs).toHaveLength(2)
    expect(docs).toContainEqual(
      expect.objectContaining({ kind: 'comment', text: 'Who is the backup?', by: 'carol', at: 10 }),
    )
    expect(docs).toContainEqual(
      expect.objectContaining({ kind: 'assignment', sectionId: 's1', assignee: 'bo', by: 'ana' }),
    )
  })
})
