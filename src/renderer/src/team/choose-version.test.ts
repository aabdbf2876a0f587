import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { saveAnswer } from '../db/repositories/answers'
import { setArchived, setAuditStatus } from '../db/repositories/audits'
import { openConflictOf, openConflictsOf } from '../db/queries/team-conflicts'
import { answerSides, mergedAnswer, mergedNotes } from '../features/team-conflicts/answer-conflict'
import { keepVersion, saveMergedAnswer } from './choose-version'
import {
  clock,
  laptop,
  sharedAudit,
  type Laptop,
  roundTrip as roundTripBetween,
} from './test-support/laptops'

const section = builtinPack.sections[0]!
const docId = `answer:${section.id}:q1`

describe('choosing a version of a conflicted document, as the question and the list do', () => {
  let ana: Laptop
  let bo: Laptop
  let auditId: string
  const q1 = () => ({ auditId, sectionId: section.id, questionId: 'q1' })

  beforeEach(async () => {
    ana = await laptop('ana')
    bo = await laptop('bo')
    auditId = await sharedAudit(ana, bo)
  })

  const roundTrip = () => roundTripBetween(ana, bo)

  async function conflictOnQ1(): Promise<void> {
    await saveAnswer(ana.db, q1(), { rating: 'met', notes: 'base' }, clock)
    await roundTrip()
    await saveAnswer(ana.db, q1(), { rating: 'met', notes: 'Tested in March.' }, clock)
    await saveAnswer(bo.db, q1(), { rating: 'not-met', notes: 'Never tested.' }, clock)
    await roundTrip()
  }

  it("keeping the other consultant's version makes it everyone's answer and closes the conflict", async () => {
    await conflictOnQ1()
    const conflict = (await openConflictOf(bo.db, auditId, docId))!
    expect(conflict.versions.map((version) => version.by).sort()).toEqual(['ana', 'bo'])
    const anas = conflict.versions.find((version) => version.by === 'ana')!

    await keepVersion(bo.db, conflict, anas, clock.now())
    // Closed here at once, though not yet sent: the results stop warning.
    expect(await openConflictsOf(bo.db, auditId)).toEqual([])
    await roundTrip()
    for (const who of [ana, bo]) {
      expect(await openConflictsOf(who.db, auditId)).toEqual([])
      expect(await who.db.answers.get([auditId, section.id, 'q1'])).toMatchObject({
        rating: 'met',
        notes: 'Tested in March.',
      })
    }
  })

  it('a merge of both notes with a chosen rating reaches the other laptop', async () => {
    await conflictOnQ1()
    const conflict = (await openConflictOf(ana.db, auditId, docId))!
    const sides = answerSides(conflict)
    const notes = mergedNotes(sides)
    expect(notes).toContain('ana: Tested in March.')
    expect(notes).toContain('bo: Never tested.')

    const merged = mergedAnswer(sides, { rating: 'partial', notes }, clock.now())!
    await saveMergedAnswer(ana.db, conflict, merged, clock.now())
    await roundTrip()
    for (const who of [ana, bo]) {
      expect(await openConflictOf(who.db, auditId, docId)).toBeNull()
      expect(await who.db.answers.get([auditId, section.id, 'q1'])).toMatchObject({
        rating: 'partial',
        notes,
      })
    }
  })

  it("keeps this laptop's own fields of the audit when a version of its details is kept", async () => {
    await roundTrip()
    await setAuditStatus(ana.db, auditId, 'final', clock)
    await setAuditStatus(bo.db, auditId, 'in-progress', clock)
    await setArchived(bo.db, auditId, true, clock)
    await roundTrip()
    const conflict = (await openConflictOf(bo.db, auditId, 'audit'))!
    const anas = conflict.versions.find((version) => version.by === 'ana')!

    await keepVersion(bo.db, conflict, anas, clock.now())
    const audit = await bo.db.audits.get(auditId)
    expect(audit).toMatchObject({ status: 'final' })
    expect(audit?.archivedAt).toBeDefined()
    expect(await openConflictsOf(bo.db, auditId)).toEqual([])
  })

  it('refuses to resolve a conflict twice, in words', async () => {
    await conflictOnQ1()
    const conflict = (await openConflictOf(bo.db, auditId, docId))!
    await keepVersion(bo.db, conflict, conflict.versions[0]!, clock.now())
    await roundTrip()
    await expect(keepVersion(bo.db, conflict, conflict.versions[1]!, clock.now())).rejects.toThrow(
      'This conflict has already been resolved.',
    )
  })
})
