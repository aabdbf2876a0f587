import { afterEach, describe, expect, it } from 'vitest'
import { duplicateAsCustom, editDraft } from '@core/authoring'
import { builtinPack } from '@core/content'
import { JOURNAL_KEY, replayJournal, trackUnsavedDraft, writeJournal } from './draft-journal'
import { createAudit } from './repositories/audits'
import { saveAnswer } from './repositories/answers'
import type { DraftTarget } from './repositories/drafts'
import { createSectionDrafts, discardSectionDraft } from './repositories/section-drafts'
import { takenIds } from './queries/section-drafts'
import { draftFor, fakeClock, freshDatabase, memoryStorage } from './test-support/fixtures'

async function auditWithTarget() {
  const db = await freshDatabase()
  const clock = fakeClock()
  const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
  const section = builtinPack.sections[0]!
  const target: DraftTarget = {
    kind: 'answer',
    auditId: audit.id,
    sectionId: section.id,
    questionId: section.checks[0]!.questions[0]!.id,
    field: 'notes',
  }
  const key = [target.auditId, target.sectionId, target.questionId] as [string, string, string]
  return { db, clock, target, key }
}

const untrack: Array<() => void> = []
afterEach(() => untrack.splice(0).forEach((stop) => stop()))

describe('draft journal', () => {
  it('replays a text whose write the unload cut short, then forgets it', async () => {
    const { db, target, key } = await auditWithTarget()
    const storage = memoryStorage()
    untrack.push(trackUnsavedDraft({ target, unsaved: () => 'typed just before the reload' }))
    writeJournal(Date.now(), storage)
    expect(storage.getItem(JOURNAL_KEY)).not.toBeNull()

    expect(await replayJournal(db, storage)).toBe(1)
    expect((await db.answers.get(key))?.notes).toBe('typed just before the reload')
    expect(storage.getItem(JOURNAL_KEY)).toBeNull()
  })

  it('keeps a newer saved text over an older copy', async () => {
    const { db, clock, target, key } = await auditWithTarget()
    const storage = memoryStorage()
    untrack.push(trackUnsavedDraft({ target, unsaved: () => 'older copy' }))
    writeJournal(clock.now(), storage)
    clock.advance(1_000)
    await saveAnswer(
      db,
      { auditId: key[0], sectionId: key[1], questionId: key[2] },
      { notes: 'newer' },
      clock,
    )

    expect(await replayJournal(db, storage)).toBe(0)
    expect((await db.answers.get(key))?.notes).toBe('newer')
  })

  it('removes the journal when nothing is unsaved', async () => {
    const { target } = await auditWithTarget()
    const storage = memoryStorage()
    storage.setItem(JOURNAL_KEY, 'stale')
    untrack.push(trackUnsavedDraft({ target, unsaved: () => undefined }))
    writeJournal(Date.now(), storage)
    expect(storage.getItem(JOURNAL_KEY)).toBeNull()
  })

  it('leaves a text whose replay failed in the journal, and writes it at the next start', async () => {
    const { db, target, key } = await auditWithTarget()
    const storage = memoryStorage()
    untrack.push(trackUnsavedDraft({ target, unsaved: () => 'typed before the disk filled' }))
    writeJournal(Date.now(), storage)
    untrack.splice(0).forEach((stop) => stop())
    const journal = storage.getItem(JOURNAL_KEY)

    const diskFull = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    db.answers.hook('creating', diskFull)
    expect(await replayJournal(db, storage)).toBe(0)
    expect(await db.answers.get(key)).toBeUndefined()
    expect(JSON.parse(storage.getItem(JOURNAL_KEY) ?? 'null')).toEqual(JSON.parse(journal!))

    db.answers.hook('creating').unsubscribe(diskFull)
    expect(await replayJournal(db, storage)).toBe(1)
    expect((await db.answers.get(key))?.notes).toBe('typed before the disk filled')
    expect(storage.getItem(JOURNAL_KEY)).toBeNull()
  })

  it('keeps an entry it could not replay in the journals written during the session', async () => {
    const { db, target, key } = await auditWithTarget()
    const storage = memoryStorage()
    untrack.push(trackUnsavedDraft({ target, unsaved: () => 'still waiting' }))
    writeJournal(Date.now(), storage)
    untrack.splice(0).forEach((stop) => stop())
    const diskFull = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    db.answers.hook('creating', diskFull)
    await replayJournal(db, storage)
    db.answers.hook('creating').unsubscribe(diskFull)

    // This session's fields have nothing unsaved; the carried text must not be dropped.
    writeJournal(Date.now(), storage)

    expect(await replayJournal(db, storage)).toBe(1)
    expect((await db.answers.get(key))?.notes).toBe('still waiting')
  })

  it('removes replayed and superseded entries, and only those', async () => {
    const { db, clock, target, key } = await auditWithTarget()
    const section = builtinPack.sections[0]!
    const other: DraftTarget = { ...target, questionId: section.checks[0]!.questions[1]!.id }
    const storage = memoryStorage()
    untrack.push(trackUnsavedDraft({ target, unsaved: () => 'older copy' }))
    untrack.push(trackUnsavedDraft({ target: other, unsaved: () => 'cannot be written yet' }))
    writeJournal(clock.now(), storage)
    clock.advance(1_000)
    await saveAnswer(
      db,
      { auditId: key[0], sectionId: key[1], questionId: key[2] },
      { notes: 'newer' },
      clock,
    )
    const failOther = (_key: unknown, answer: { questionId: string }) => {
      if (answer.questionId === other.questionId) throw new Error('disk full')
    }
    db.answers.hook('creating', failOther)

    expect(await replayJournal(db, storage)).toBe(0)
    const left = JSON.parse(storage.getItem(JOURNAL_KEY) ?? 'null') as {
      entries: Array<{ target: DraftTarget; text: string }>
    }
    expect(left.entries.map((entry) => [entry.target, entry.text])).toEqual([
      [other, 'cannot be written yet'],
    ])
    db.answers.hook('creating').unsubscribe(failOther)
  })

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ at: 1, entries: [{ target: { kind: 'x' }, text: 1 }] })],
  ])('discards a journal that is %s, changing nothing', async (_, raw) => {
    const { db } = await auditWithTarget()
    const storage = memoryStorage()
    storage.setItem(JOURNAL_KEY, raw)
    expect(await replayJournal(db, storage)).toBe(0)
    expect(await db.answers.count()).toBe(0)
    expect(storage.getItem(JOURNAL_KEY)).toBeNull()
  })

  it('replays a section draft whose autosave the crash cut short, and drops one that cannot be read', async () => {
    const db = await freshDatabase()
    const clock = fakeClock()
    const draft = duplicateAsCustom(builtinPack.sections[0]!, await takenIds(db))
    const [row] = await createSectionDrafts(db, [draft], { clock })
    const target: DraftTarget = { kind: 'section-draft', draftId: row!.id }
    const retitled = editDraft(draft, {
      kind: 'setSectionText',
      field: 'title',
      value: 'Major incidents',
    })
    const storage = memoryStorage()
    const stop = trackUnsavedDraft({ target, unsaved: () => JSON.stringify(retitled) })
    writeJournal(clock.now() + 1, storage)
    stop()
    expect(await replayJournal(db, storage)).toBe(1)
    expect((await db.sectionDrafts.get(row!.id))?.draft.section.title).toBe('Major incidents')

    const garbled = trackUnsavedDraft({ target, unsaved: () => '{"packId": 3}' })
    writeJournal(clock.now() + 10_000, storage)
    garbled()
    expect(await replayJournal(db, storage)).toBe(0)
    expect(storage.getItem(JOURNAL_KEY)).toBeNull()
    expect((await db.sectionDrafts.get(row!.id))?.draft.section.title).toBe('Major incidents')
  })

  it('drops the journalled copy of a section draft published or discarded since', async () => {
    const db = await freshDatabase()
    const clock = fakeClock()
    const draft = duplicateAsCustom(builtinPack.sections[0]!, await takenIds(db))
    const [row] = await createSectionDrafts(db, [draft], { clock })
    const storage = memoryStorage()
    untrack.push(
      trackUnsavedDraft({
        target: { kind: 'section-draft', draftId: row!.id },
        unsaved: () => JSON.stringify(draft),
      }),
    )
    writeJournal(clock.now() + 1, storage)
    await discardSectionDraft(db, row!.id)
    expect(await replayJournal(db, storage)).toBe(0)
    expect(storage.getItem(JOURNAL_KEY)).toBeNull()
    expect(await db.sectionDrafts.count()).toBe(0)
  })
})
