import { beforeEach, describe, expect, it } from 'vitest'
import { duplicateAsCustom, editDraft, publishSection, takenIdsIn } from '@core/authoring'
import { builtinPack } from '@core/content'
import type { WorkbookDatabase } from '../database'
import { draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { saveAnswer } from '../repositories/answers'
import { upgradeAudit } from '../repositories/audit-upgrade'
import { createAudit } from '../repositories/audits'
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

    const counts = await answeredCounts(db, [a.id, b.id, empty.id])
    expect(Object.fromEntries(counts)).toEqual({ [a.id]: 2, [b.id]: 1, [empty.id]: 0 })
  })

  it('follows a rating that is given, then taken back', async () => {
    const a = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const key = { auditId: a.id, sectionId: section.id, questionId: first!.id }
    await saveAnswer(db, key, { notes: 'Rota in PagerDuty' }, clock)
    expect((await answeredCounts(db, [a.id])).get(a.id)).toBe(0)
    await saveAnswer(db, key, { rating: 'partial' }, clock)
    expect((await answeredCounts(db, [a.id])).get(a.id)).toBe(1)
    await saveAnswer(db, key, { rating: undefined }, clock)
    expect((await answeredCounts(db, [a.id])).get(a.id)).toBe(0)
  })

  it('leaves out the answer of a question a newer version dropped, which the audit keeps', async () => {
    const custom = duplicateAsCustom(section, takenIdsIn([builtinPack]))
    const v1 = publishSection(custom, undefined, 0)
    if (!v1.ok) throw new Error(v1.reason)
    const dropped = editDraft(custom, { kind: 'removeQuestion', questionId: first!.id })
    const v2 = publishSection(dropped, v1.published.pack, 0)
    if (!v2.ok) throw new Error(v2.reason)
    const v1Pack = v1.published.pack
    const a = await createAudit(db, draftFor(v1Pack), [v1Pack], clock)
    const key = (questionId: string) => ({
      auditId: a.id,
      sectionId: custom.section.id,
      questionId,
    })
    await saveAnswer(db, key(first!.id), { rating: 'met' }, clock)
    await saveAnswer(db, key(second!.id), { rating: 'partial' }, clock)
    expect((await answeredCounts(db, [a.id])).get(a.id)).toBe(2)

    await upgradeAudit(db, a.id, v2.published.pack, clock)
    expect((await answeredCounts(db, [a.id])).get(a.id)).toBe(1)
    expect(await db.answers.where('auditId').equals(a.id).count()).toBe(2)
  })
})
