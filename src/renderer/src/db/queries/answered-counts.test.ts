import { beforeEach, describe, expect, it } from 'vitest'
import { customSection35, publishedVersions } from '@core/authoring/test-support/published-versions'
import { builtinPack } from '@core/content'
import type { WorkbookDatabase } from '../database'
import { draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { saveAnswer } from '../repositories/answers'
import { upgradeAudit } from '../repositories/audit-upgrade'
import { createAudit, duplicateAuditById } from '../repositories/audits'
import { answeredCounts } from './answered-counts'

describe('answeredCounts', () => {
  let db: WorkbookDatabase
  const clock = fakeClock()
  const section = builtinPack.sections[0]!
  const [first, second, third] = section.checks.flatMap((c) => c.questions)

  beforeEach(async () => {
    db = await freshDatabase()
  })

  it('counts each audit’s rated answers, not its unrated ones nor another audit’s', async () => {
    const a = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const b = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const empty = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const key = (auditId: string, questionId: string) => ({
      auditId,
      sectionId: section.id,
      questionId,
    })
    await saveAnswer(db, key(a.id, first!.id), { rating: 'met' }, clock)
    await saveAnswer(db, key(a.id, second!.id), { rating: 'na' }, clock)
    // A note without a rating is not an answered question.
    await saveAnswer(db, key(a.id, third!.id), { notes: 'Asked, no answer yet' }, clock)
    await saveAnswer(db, key(b.id, first!.id), { rating: 'partial' }, clock)

    const counts = await answeredCounts(db, [a, b, empty])
    expect(Object.fromEntries(counts)).toEqual({ [a.id]: 2, [b.id]: 1, [empty.id]: 0 })
  })

  it('follows a rating that is given, then taken back', async () => {
    const a = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const key = { auditId: a.id, sectionId: section.id, questionId: first!.id }
    await saveAnswer(db, key, { notes: 'Rota in PagerDuty' }, clock)
    expect((await answeredCounts(db, [a])).get(a.id)).toBe(0)
    await saveAnswer(db, key, { rating: 'partial' }, clock)
    expect((await answeredCounts(db, [a])).get(a.id)).toBe(1)
    await saveAnswer(db, key, { rating: undefined }, clock)
    expect((await answeredCounts(db, [a])).get(a.id)).toBe(0)
  })

  it('leaves out the answer of a question a newer version dropped, which the audit keeps', async () => {
    const [v1, v2] = publishedVersions([{ kind: 'removeQuestion', questionId: first!.id }])
    const a = await createAudit(db, draftFor(v1!), [v1!], clock)
    const key = (questionId: string) => ({
      auditId: a.id,
      sectionId: customSection35.section.id,
      questionId,
    })
    await saveAnswer(db, key(first!.id), { rating: 'met' }, clock)
    await saveAnswer(db, key(second!.id), { rating: 'partial' }, clock)
    expect((await answeredCounts(db, [a])).get(a.id)).toBe(2)

    await upgradeAudit(db, a.id, v2!, clock)
    const updated = (await db.audits.get(a.id))!
    expect(updated.scopeUpdatedAt).toBe(clock.now())
    expect((await answeredCounts(db, [updated])).get(a.id)).toBe(1)
    expect(await db.answers.where('auditId').equals(a.id).count()).toBe(2)
  })

  it('counts a re-assessment of an updated audit in its scope too, when answers are carried', async () => {
    const [v1, v2] = publishedVersions([{ kind: 'removeQuestion', questionId: first!.id }])
    const a = await createAudit(db, draftFor(v1!), [v1!], clock)
    for (const question of [first!, second!])
      await saveAnswer(
        db,
        { auditId: a.id, sectionId: customSection35.section.id, questionId: question.id },
        { rating: 'met' },
        clock,
      )
    await upgradeAudit(db, a.id, v2!, clock)
    const carried = await duplicateAuditById(
      db,
      a.id,
      { carryAnswers: true, startDate: '2027-05-28' },
      clock,
    )
    const fresh = await duplicateAuditById(
      db,
      a.id,
      { carryAnswers: false, startDate: '2027-05-28' },
      clock,
    )
    expect(fresh.scopeUpdatedAt).toBeUndefined()
    const counts = await answeredCounts(db, [carried, fresh])
    expect(Object.fromEntries(counts)).toEqual({ [carried.id]: 1, [fresh.id]: 0 })
  })
})
