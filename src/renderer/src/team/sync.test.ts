import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { documentOfRow } from '@core/team'
import { saveAnswer } from '../db/repositories/answers'
import { applyChanges } from './apply-changes'
import { resolveConflict } from './resolve-conflict'
import { markAuditShared } from './shared-audits'
import { addComment, assignSection } from './team-docs'
import {
  clock,
  exchange,
  laptop,
  sharedAudit,
  type Laptop,
  roundTrip as roundTripBetween,
} from './test-support/laptops'

const section = builtinPack.sections[0]!

describe('syncing a shared audit between two laptops', () => {
  let ana: Laptop
  let bo: Laptop
  let auditId: string
  const question = (questionId: string) => ({ auditId, sectionId: section.id, questionId })
  const answerOn = (who: Laptop, questionId: string) =>
    who.db.answers.get([auditId, section.id, questionId])

  beforeEach(async () => {
    ana = await laptop('ana')
    bo = await laptop('bo')
    auditId = await sharedAudit(ana, bo)
  })

  const roundTrip = () => roundTripBetween(ana, bo)

  it("brings the owner's audit to a colleague, and each one's answers to the other", async () => {
    await saveAnswer(
      ana.db,
      question('q-ana'),
      { rating: 'met', notes: 'On-call rota exists.' },
      clock,
    )
    await roundTrip()
    expect(await bo.db.audits.get(auditId)).toMatchObject({
      id: auditId,
      client: 'Northwind Traders',
    })
    expect(await bo.db.auditContents.get(auditId)).toEqual(await ana.db.auditContents.get(auditId))
    expect(await answerOn(bo, 'q-ana')).toMatchObject({
      rating: 'met',
      notes: 'On-call rota exists.',
    })

    await saveAnswer(
      bo.db,
      question('q-bo'),
      { rating: 'partial', notes: 'Post-mortems are ad hoc.' },
      clock,
    )
    await roundTrip()
    expect(await answerOn(ana, 'q-bo')).toMatchObject({
      rating: 'partial',
      notes: 'Post-mortems are ad hoc.',
    })
    // Nothing echoes: once both are in step nothing is waiting and nothing more is written.
    expect(await ana.db.teamOutbox.filter((row) => row.rev === undefined).count()).toBe(0)
    const { update_seq: before } = await ana.local.info()
    await roundTrip()
    expect((await ana.local.info()).update_seq).toBe(before)
  })

  it('keeps both versions when two consultants change the same answer offline, until one is chosen', async () => {
    await saveAnswer(ana.db, question('q1'), { rating: 'met', notes: 'first' }, clock)
    await roundTrip()
    await saveAnswer(
      ana.db,
      question('q1'),
      { rating: 'met', notes: 'Ana: tested in March.' },
      clock,
    )
    await saveAnswer(
      bo.db,
      question('q1'),
      { rating: 'not-met', notes: 'Bo: never tested.' },
      clock,
    )
    await roundTrip()

    for (const who of [ana, bo]) {
      const conflicts = await who.db.teamConflicts.toArray()
      expect(conflicts).toHaveLength(1)
      expect(
        conflicts[0]!.versions
          .map((v) => [v.by, v.row && 'notes' in v.row ? v.row.notes : undefined])
          .sort(),
      ).toEqual([
        ['ana', 'Ana: tested in March.'],
        ['bo', 'Bo: never tested.'],
      ])
    }
    // Both laptops show CouchDB's same winner in the meantime.
    expect((await answerOn(ana, 'q1'))?.notes).toBe((await answerOn(bo, 'q1'))?.notes)

    const merged = {
      ...(await answerOn(bo, 'q1'))!,
      rating: 'partial' as const,
      notes: 'Tested once, in March; no schedule.',
    }
    await resolveConflict(bo.db, auditId, `answer:${section.id}:q1`, merged, clock.now())
    await roundTrip()
    for (const who of [ana, bo]) {
      expect(await who.db.teamConflicts.count()).toBe(0)
      expect(await answerOn(who, 'q1')).toMatchObject({
        rating: 'partial',
        notes: 'Tested once, in March; no schedule.',
      })
    }
  })

  it('does not overwrite a change still waiting here with one that arrived meanwhile', async () => {
    await saveAnswer(ana.db, question('q1'), { notes: 'base' }, clock)
    await roundTrip()
    await saveAnswer(ana.db, question('q1'), { notes: 'Ana, from the server' }, clock)
    await ana.settle()
    // Bo types while Ana's revision reaches his PouchDB, before his own is sent.
    await saveAnswer(bo.db, question('q1'), { notes: 'Bo, typed meanwhile' }, clock)
    await exchange(ana, bo)
    await bo.settle()
    expect(await bo.db.teamConflicts.count()).toBe(1)
    const versions = (await bo.db.teamConflicts.toArray())[0]!.versions
    expect(versions.map((v) => v.row && 'notes' in v.row && v.row.notes).sort()).toEqual([
      'Ana, from the server',
      'Bo, typed meanwhile',
    ])
  })

  it('writes a revision once when the app stops between PouchDB and the outbox', async () => {
    await saveAnswer(ana.db, question('q1'), { notes: 'sent just before the crash' }, clock)
    await ana.settle()
    await saveAnswer(ana.db, question('q1'), { notes: 'in PouchDB, outbox not yet cleared' }, clock)
    // The pump's write reached PouchDB; the app stopped before the outbox was cleared.
    const row = (await answerOn(ana, 'q1'))!
    const base = (await ana.db.teamRevs.get([auditId, `answer:${section.id}:q1`]))!.rev
    await ana.local.put({ ...documentOfRow('answers', row, 'ana', clock.now()), _rev: base })
    const revsBefore = (await ana.local.info()).update_seq
    await ana.settle()
    expect((await ana.local.info()).update_seq).toBe(revsBefore)
    expect(await ana.db.teamOutbox.filter((r) => r.rev === undefined).count()).toBe(0)
    expect(await ana.db.teamConflicts.count()).toBe(0)
  })

  it('applies a batch whole or not at all: stopped inside it, the next run applies it once', async () => {
    await saveAnswer(ana.db, question('q1'), { notes: 'one' }, clock)
    await saveAnswer(ana.db, question('q2'), { notes: 'two' }, clock)
    await ana.settle()
    await ana.local.put({ _id: 'answer:x:y', kind: 'answer', by: 'x', at: 1, row: {} })
    await exchange(ana, bo)
    const stopsHere = () => {
      throw new Error('the app stopped inside the batch')
    }
    await expect(
      applyChanges({ db: bo.db, auditId, local: bo.local, now: clock.now, onRefused: stopsHere }),
    ).rejects.toThrow('the app stopped inside the batch')
    expect(await bo.db.answers.count()).toBe(0)
    expect(await bo.db.teamAudits.get(auditId)).toMatchObject({ appliedSeq: 0 })
    await bo.settle()
    expect((await bo.db.answers.toArray()).map((a) => a.notes).sort()).toEqual(['one', 'two'])
    expect(bo.refused).toHaveLength(1)
  })

  it('refuses a document that fails the schema while the rest goes on', async () => {
    await saveAnswer(ana.db, question('good'), { notes: 'good one' }, clock)
    await ana.settle()
    await ana.local.put({
      _id: `answer:${section.id}:bad`,
      kind: 'answer',
      by: 'mallory',
      at: 1,
      row: { auditId, sectionId: section.id, questionId: 'bad', rating: 'excellent' },
    })
    await exchange(ana, bo)
    await bo.settle()
    expect(await answerOn(bo, 'good')).toMatchObject({ notes: 'good one' })
    expect(await answerOn(bo, 'bad')).toBeUndefined()
    expect(bo.refused).toEqual([expect.stringMatching(/^answer:.*:bad: row: rating/)])
    expect(await bo.db.teamAudits.get(auditId)).toMatchObject({ appliedSeq: expect.anything() })
  })

  it("removes a colleague's deleted row here", async () => {
    await saveAnswer(ana.db, question('q1'), { notes: 'to go' }, clock)
    await roundTrip()
    await ana.db.answers.delete([auditId, section.id, 'q1'])
    await roundTrip()
    expect(await answerOn(bo, 'q1')).toBeUndefined()
  })

  it("brings a reviewer's comment and a section's assignment to the other laptop", async () => {
    const target = `answer:${section.id}:q1`
    await addComment(ana.db, auditId, target, '  Which runbook?  ', 'ana', clock.now())
    await assignSection(ana.db, auditId, section.id, 'bo', 'ana', clock.now())
    await roundTrip()
    const docs = (await bo.db.teamDocs.toArray()).map((row) => row.doc)
    expect(docs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'comment', target, text: 'Which runbook?', by: 'ana' }),
        expect.objectContaining({ kind: 'assignment', sectionId: section.id, assignee: 'bo' }),
      ]),
    )
    // Reassigned on the other laptop: one revision after the other, no conflict.
    await assignSection(bo.db, auditId, section.id, 'ana', 'bo', clock.now())
    await roundTrip()
    expect((await ana.db.teamDocs.get([auditId, `assignment:${section.id}`]))?.doc).toMatchObject({
      assignee: 'ana',
    })
    expect(await ana.local.get(`assignment:${section.id}`, { conflicts: true })).not.toHaveProperty(
      '_conflicts',
    )
  })

  it('refuses an empty comment, and a comment on an audit that is not shared', async () => {
    await expect(
      addComment(ana.db, auditId, `answer:${section.id}:q1`, '   ', 'ana', 1),
    ).rejects.toThrow('Write the comment first.')
    await expect(
      addComment(ana.db, 'not-shared', `answer:${section.id}:q1`, 'Hi', 'ana', 1),
    ).rejects.toThrow('not shared')
    expect(await ana.db.teamOutbox.filter((row) => row.docId.startsWith('comment:')).count()).toBe(
      0,
    )
  })

  it('settles by itself a document both changed the same way: nothing to choose between', async () => {
    // Each one's first answer moves the audit from draft to in progress, offline, on both laptops.
    await roundTrip()
    await saveAnswer(ana.db, question('q-ana'), { rating: 'met' }, clock)
    await saveAnswer(bo.db, question('q-bo'), { rating: 'met' }, clock)
    await roundTrip()
    await roundTrip()
    for (const who of [ana, bo]) {
      expect(await who.db.teamConflicts.count()).toBe(0)
      expect(await who.db.audits.get(auditId)).toMatchObject({ status: 'in-progress' })
      expect(await who.local.get('audit', { conflicts: true })).not.toHaveProperty('_conflicts')
    }
  })

  it("leaves such a settling to the consultants on a reviewer's laptop, whose change the server would refuse", async () => {
    const carol = await laptop('carol')
    const team = (await ana.db.teamAudits.get(auditId))!
    await markAuditShared(carol.db, { ...team, reviewers: [carol.name], appliedSeq: 0 })
    await roundTrip()
    await saveAnswer(ana.db, question('q-ana'), { rating: 'met' }, clock)
    await saveAnswer(bo.db, question('q-bo'), { rating: 'met' }, clock)
    await ana.settle()
    await bo.settle()
    await exchange(ana, bo)
    // Carol's laptop receives both "in progress" revisions of the audit before either settles.
    await exchange(bo, carol)
    await applyChanges({
      db: carol.db,
      auditId,
      local: carol.local,
      now: clock.now,
      onRefused: (docId, reason) => carol.refused.push(`${docId}: ${reason}`),
      mayChangeRows: (shared) => !shared.reviewers.includes(carol.name),
    })
    expect(await carol.db.teamOutbox.count()).toBe(0)
    expect(await carol.db.teamConflicts.count()).toBe(0)
    expect(await carol.db.audits.get(auditId)).toMatchObject({ status: 'in-progress' })
    expect(carol.refused).toEqual([])
  })
})
