import { beforeEach, describe, expect, it } from 'vitest'
import { UNDO_DELETE_MS } from '@core/audit'
import { builtinPack } from '@core/content'
import type { WorkbookDatabase } from '../db/database'
import { draftFor, fakeClock, freshDatabase, captureEvidence } from '../db/test-support/fixtures'
import { saveAnswer } from '../db/repositories/answers'
import { createAudit, deleteAudit, purgeDeletedAudits } from '../db/repositories/audits'
import { deleteEvidence, purgeDeletedEvidence } from '../db/repositories/evidence-edits'
import { saveFindingEdit } from '../db/repositories/findings'
import { markSyncApply } from './outbox-middleware'
import { markAuditShared } from './shared-audits'
import type { TeamAuditRow } from './team-rows'

const section = builtinPack.sections[0]!
const clock = fakeClock()

function teamAudit(auditId: string): TeamAuditRow {
  return {
    auditId,
    database: `workbook-audit-${auditId}`,
    owner: 'ana',
    consultants: ['bo'],
    reviewers: [],
    final: false,
    sharedAt: 1,
    appliedSeq: 0,
  }
}

describe('the outbox of a shared audit', () => {
  let db: WorkbookDatabase
  let shared: string
  let solo: string
  const outbox = async () =>
    (await db.teamOutbox.toArray()).map(
      ({ auditId, docId }) => `${auditId === shared ? 'shared' : 'solo'} ${docId}`,
    )

  beforeEach(async () => {
    db = await freshDatabase()
    shared = (await createAudit(db, draftFor(builtinPack), [builtinPack], clock)).id
    solo = (await createAudit(db, draftFor(builtinPack), [builtinPack], clock)).id
  })

  it('queues nothing while no audit is shared', async () => {
    await saveAnswer(
      db,
      { auditId: shared, sectionId: section.id, questionId: 'q1' },
      { notes: 'x' },
      clock,
    )
    expect(await db.teamOutbox.count()).toBe(0)
  })

  it('queues what the audit already holds when it is shared, then each change as it is saved', async () => {
    await saveAnswer(
      db,
      { auditId: shared, sectionId: section.id, questionId: 'q0' },
      { notes: 'before' },
      clock,
    )
    await markAuditShared(db, teamAudit(shared))
    expect(await outbox()).toEqual([
      'shared audit',
      'shared content',
      `shared answer:${section.id}:q0`,
    ])
    await db.teamOutbox.clear()

    const key = { auditId: shared, sectionId: section.id, questionId: 'escalation-path' }
    await saveAnswer(db, key, { rating: 'not-met' }, clock)
    await saveFindingEdit(db, key, { owner: 'Priya' }, clock)
    await saveAnswer(db, { ...key, auditId: solo }, { rating: 'met' }, clock)
    expect(await outbox()).toEqual([
      `shared answer:${section.id}:escalation-path`,
      'shared audit',
      // The finding's save touches the audit at the same moment: nothing changed, nothing queued.
      `shared finding:${section.id}:escalation-path`,
    ])
  })

  it('saves a change and its outbox row together or not at all', async () => {
    await markAuditShared(db, teamAudit(shared))
    await db.teamOutbox.clear()
    const key = [shared, section.id, 'q1'] as [string, string, string]
    await expect(
      db.transaction('rw', db.answers, async () => {
        await db.answers.put({
          auditId: shared,
          sectionId: section.id,
          questionId: 'q1',
          notes: 'lost',
          interviewees: '',
          followUp: false,
          evidenceRequests: [],
          updatedAt: 1,
        })
        throw new Error('the app stopped here')
      }),
    ).rejects.toThrow('the app stopped here')
    expect(await db.answers.get(key)).toBeUndefined()
    expect(await db.teamOutbox.count()).toBe(0)
  })

  it('does not echo the changes the sync engine applies from the server', async () => {
    await markAuditShared(db, teamAudit(shared))
    await db.teamOutbox.clear()
    await db.transaction('rw', db.answers, async (tx) => {
      markSyncApply(tx.idbtrans)
      await db.answers.put({
        auditId: shared,
        sectionId: section.id,
        questionId: 'q1',
        notes: 'from Bo',
        interviewees: '',
        followUp: false,
        evidenceRequests: [],
        updatedAt: 1,
      })
    })
    expect(await db.teamOutbox.count()).toBe(0)
  })

  it('queues the deletion of evidence found by its id alone', async () => {
    await markAuditShared(db, teamAudit(shared))
    const item = await captureEvidence(
      db,
      {
        auditId: shared,
        questionKeys: [],
        kind: 'file',
        fileName: 'a.txt',
        mediaType: 'text/plain',
        bytes: new Blob(['a']),
      },
      { clock },
    )
    await deleteEvidence(db, item.id, clock)
    await db.teamOutbox.clear()
    clock.advance(UNDO_DELETE_MS + 1)
    await purgeDeletedEvidence(db, clock)
    expect(await outbox()).toEqual([`shared evidence:${item.id}`])
  })

  it("purging this laptop's copy of a shared audit stops sharing it first: nothing is sent", async () => {
    await markAuditShared(db, teamAudit(shared))
    await db.teamOutbox.clear()
    await deleteAudit(db, shared, clock)
    await db.teamOutbox.clear() // deletion itself stays on this laptop (see documents.ts)
    clock.advance(UNDO_DELETE_MS + 1)
    await purgeDeletedAudits(db, clock)
    expect(await db.audits.get(shared)).toBeUndefined()
    // Left, not forgotten: the directory must not bring it back.
    expect(await db.teamAudits.get(shared)).toMatchObject({ leftAt: clock.now() })
    expect(await db.teamOutbox.count()).toBe(0)
    expect(db.sharedAudits.has(shared)).toBe(false)
  })

  it('keeps the set of shared audits across a restart', async () => {
    await markAuditShared(db, teamAudit(shared))
    const name = db.name
    db.close()
    const { WorkbookDatabase } = await import('../db/database')
    const reopened = new WorkbookDatabase(name)
    await reopened.open()
    await saveAnswer(
      reopened,
      { auditId: shared, sectionId: section.id, questionId: 'q9' },
      { notes: 'x' },
      clock,
    )
    expect(
      await reopened.teamOutbox
        .where('[auditId+docId]')
        .equals([shared, `answer:${section.id}:q9`])
        .count(),
    ).toBe(1)
    reopened.close()
  })
})
