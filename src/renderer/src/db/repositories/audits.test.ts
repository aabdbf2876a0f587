import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { interviewOrder, UNDO_DELETE_MS } from '@core/audit'
import type { WorkbookDatabase } from '../database'
import { draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import {
  createAudit,
  deleteAudit,
  duplicateAuditById,
  purgeDeletedAudits,
  restoreDeletedAudit,
  setArchived,
  setAuditStatus,
  updateAuditDetails,
} from './audits'
import { saveAnswer, savePreparationAnswer } from './answers'

describe('audits repository', () => {
  let db: WorkbookDatabase
  const clock = fakeClock()

  beforeEach(async () => {
    db = await freshDatabase()
  })

  it('creates an audit with a frozen copy of the content it was started with', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const content = await db.auditContents.get(audit.id)
    expect(audit.status).toBe('draft')
    expect(content?.sections.map((s) => s.packVersion)).toEqual([builtinPack.version])
    expect(audit.questionCount).toBe(interviewOrder(content!).length)

    // Changing the library afterwards never changes the audit.
    const firstSection = builtinPack.sections[0]!
    const originalTitle = firstSection.title
    firstSection.title = 'Changed in the library'
    try {
      const again = await db.auditContents.get(audit.id)
      expect(again?.sections[0]?.section.title).toBe(originalTitle)
    } finally {
      firstSection.title = originalTitle
    }
  })

  it('refuses a section that is not installed, and writes nothing', async () => {
    await expect(
      createAudit(
        db,
        draftFor(builtinPack, { sectionIds: ['no-such-section'] }),
        [builtinPack],
        clock,
      ),
    ).rejects.toThrow(/not in any installed pack/)
    expect(await db.audits.count()).toBe(0)
    expect(await db.auditContents.count()).toBe(0)
  })

  it('moves to in progress on the first answer and refuses changes once final', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const [first] = interviewOrder((await db.auditContents.get(audit.id))!)
    const key = { auditId: audit.id, sectionId: first!.sectionId, questionId: first!.question.id }
    await saveAnswer(db, key, { rating: 'met', notes: 'Rotation in PagerDuty 🚨' }, clock)
    expect((await db.audits.get(audit.id))?.status).toBe('in-progress')

    await setAuditStatus(db, audit.id, 'final', clock)
    await expect(saveAnswer(db, key, { rating: 'not-met' }, clock)).rejects.toThrow(/final/)
    await expect(
      updateAuditDetails(db, audit.id, { ...draftFor(builtinPack), client: 'Other' }, clock),
    ).rejects.toThrow(/final/)
    expect((await db.answers.get([audit.id, key.sectionId, key.questionId]))?.rating).toBe('met')
  })

  it('keeps a very long note with unusual characters exactly', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const [first] = interviewOrder((await db.auditContents.get(audit.id))!)
    const key = { auditId: audit.id, sectionId: first!.sectionId, questionId: first!.question.id }
    const note = '«Quoted» "both" \'ways\' — مرحبا עברית 👩🏽‍💻\n'.repeat(2_500).slice(0, 100_000)
    await saveAnswer(db, key, { notes: note }, clock)
    expect((await db.answers.get([audit.id, key.sectionId, key.questionId]))?.notes).toBe(note)
  })

  it("marks an answer's notes internal, keeping the notes and recording when", async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const [first] = interviewOrder((await db.auditContents.get(audit.id))!)
    const key = { auditId: audit.id, sectionId: first!.sectionId, questionId: first!.question.id }
    await saveAnswer(db, key, { notes: 'Ops lead is leaving in March' }, clock)
    const before = (await db.answers.get([audit.id, key.sectionId, key.questionId]))!
    clock.advance(1_000)
    await saveAnswer(db, key, { notesInternal: true }, clock)
    const after = (await db.answers.get([audit.id, key.sectionId, key.questionId]))!
    expect(after).toMatchObject({ notes: 'Ops lead is leaving in March', notesInternal: true })
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt)
  })

  it('archives and restores', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    await setArchived(db, audit.id, true, clock)
    expect((await db.audits.get(audit.id))?.archivedAt).toBe(clock.now())
    await setArchived(db, audit.id, false, clock)
    expect((await db.audits.get(audit.id))?.archivedAt).toBeUndefined()
  })

  it('undoes a deletion until the undo window has passed, then purges every row', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const [first] = interviewOrder((await db.auditContents.get(audit.id))!)
    await saveAnswer(
      db,
      { auditId: audit.id, sectionId: first!.sectionId, questionId: first!.question.id },
      { rating: 'partial' },
      clock,
    )
    await deleteAudit(db, audit.id, clock)
    await restoreDeletedAudit(db, audit.id)
    expect(await purgeDeletedAudits(db, clock)).toBe(0)
    expect((await db.audits.get(audit.id))?.deletedAt).toBeUndefined()

    await deleteAudit(db, audit.id, clock)
    clock.advance(UNDO_DELETE_MS + 1)
    expect(await purgeDeletedAudits(db, clock)).toBe(1)
    expect(await db.audits.count()).toBe(0)
    expect(await db.answers.count()).toBe(0)
    expect(await db.auditContents.count()).toBe(0)
  })

  it.each([true, false])('duplicates for a re-assessment (carry answers: %s)', async (carry) => {
    const source = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const [first] = interviewOrder((await db.auditContents.get(source.id))!)
    const sectionId = first!.sectionId
    await saveAnswer(
      db,
      { auditId: source.id, sectionId, questionId: first!.question.id },
      { rating: 'not-met', followUp: true, evidenceRequests: [{ id: 'r1', text: 'Rota export' }] },
      clock,
    )
    const itemId = builtinPack.sections[0]!.preparation[0]!.id
    await savePreparationAnswer(
      db,
      { auditId: source.id, sectionId, itemId },
      { value: '24/7' },
      clock,
    )

    const copy = await duplicateAuditById(
      db,
      source.id,
      { carryAnswers: carry, startDate: '2027-05-28' },
      clock,
    )
    expect(copy.predecessorId).toBe(source.id)
    expect(copy.status).toBe('draft')
    expect(copy.startDate).toBe('2027-05-28')
    const copied = await db.answers.where('auditId').equals(copy.id).toArray()
    if (carry) {
      expect(copied).toHaveLength(1)
      expect(copied[0]).toMatchObject({ rating: 'not-met', followUp: true, carriedOver: true })
      expect(await db.preparationAnswers.where('auditId').equals(copy.id).count()).toBe(1)
    } else {
      expect(copied).toHaveLength(0)
    }
    // The source is untouched.
    const sourceAnswers = await db.answers.where('auditId').equals(source.id).toArray()
    expect(sourceAnswers[0]?.carriedOver).toBe(false)
  })
})
