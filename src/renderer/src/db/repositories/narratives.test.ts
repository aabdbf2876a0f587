import { describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import type { RichText } from '@core/narrative'
import { JOURNAL_KEY, replayJournal, trackUnsavedDraft, writeJournal } from '../draft-journal'
import { narrativeRowsOf } from '../queries/narratives'
import { draftFor, fakeClock, freshDatabase, memoryStorage } from '../test-support/fixtures'
import {
  createAudit,
  deleteAudit,
  purgeDeletedAudits,
  restoreDeletedAudit,
  setAuditStatus,
} from './audits'
import type { DraftTarget } from './drafts'
import { removeNarrativePart, saveNarrativePart } from './narratives'

const summary: RichText = {
  blocks: [
    { kind: 'paragraph', inlines: [{ text: 'The pager is ' }, { text: 'unowned', bold: true }] },
    { kind: 'numbered', items: [[{ text: 'Name an owner.' }], [{ text: 'Write it down.' }]] },
  ],
}

async function anAudit() {
  const db = await freshDatabase()
  const clock = fakeClock()
  const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
  return { db, clock, auditId: audit.id }
}

describe('narrative parts', () => {
  it('saves each part whole, replacing what was there, and removes one', async () => {
    const { db, clock, auditId } = await anAudit()
    await saveNarrativePart(db, auditId, 'executive-summary', { blocks: [] }, clock)
    clock.advance(10)
    await saveNarrativePart(db, auditId, 'executive-summary', summary, clock)
    await saveNarrativePart(db, auditId, 'section:incident-response', summary, clock)

    expect(await narrativeRowsOf(db, auditId)).toEqual([
      { auditId, part: 'executive-summary', doc: summary, updatedAt: clock.now() },
      { auditId, part: 'section:incident-response', doc: summary, updatedAt: clock.now() },
    ])
    await removeNarrativePart(db, auditId, 'executive-summary')
    expect((await narrativeRowsOf(db, auditId)).map((r) => r.part)).toEqual([
      'section:incident-response',
    ])
  })

  it('refuses to change the writing of a final audit, keeping what it holds', async () => {
    const { db, clock, auditId } = await anAudit()
    await saveNarrativePart(db, auditId, 'limitations', summary, clock)
    await setAuditStatus(db, auditId, 'final', clock)
    await expect(
      saveNarrativePart(db, auditId, 'limitations', { blocks: [] }, clock),
    ).rejects.toThrow('This audit is final. Reopen it to make changes.')
    await expect(removeNarrativePart(db, auditId, 'limitations')).rejects.toThrow(/final/)
    expect((await narrativeRowsOf(db, auditId))[0]?.doc).toEqual(summary)
  })

  it('hides the writing of a deleted audit until it is restored, and purges it with the audit', async () => {
    const { db, clock, auditId } = await anAudit()
    await saveNarrativePart(db, auditId, 'next-steps', summary, clock)
    await deleteAudit(db, auditId, clock)
    expect(await narrativeRowsOf(db, auditId)).toEqual([])
    await restoreDeletedAudit(db, auditId)
    expect(await narrativeRowsOf(db, auditId)).toHaveLength(1)

    await deleteAudit(db, auditId, clock)
    clock.advance(365 * 24 * 3600 * 1000)
    expect(await purgeDeletedAudits(db, clock)).toBe(1)
    expect(await db.narratives.count()).toBe(0)
  })
})

describe('narrative autosave through the draft journal', () => {
  it('replays a part whose write the crash cut short, and drops a copy that cannot be read', async () => {
    const { db, clock, auditId } = await anAudit()
    const target: DraftTarget = { kind: 'narrative', auditId, part: 'scope-and-approach' }
    const storage = memoryStorage()
    const stop = trackUnsavedDraft({ target, unsaved: () => JSON.stringify(summary) })
    writeJournal(clock.now(), storage)
    stop()
    expect(await replayJournal(db, storage)).toBe(1)
    expect((await narrativeRowsOf(db, auditId))[0]).toMatchObject({
      part: 'scope-and-approach',
      doc: summary,
    })

    // A link the editor would never let through is refused like any unreadable copy.
    const hostile = {
      blocks: [{ kind: 'paragraph', inlines: [{ text: 'x', link: 'javascript:alert(1)' }] }],
    }
    const garbled = trackUnsavedDraft({ target, unsaved: () => JSON.stringify(hostile) })
    writeJournal(clock.now() + 10_000, storage)
    garbled()
    expect(await replayJournal(db, storage)).toBe(0)
    expect(storage.getItem(JOURNAL_KEY)).toBeNull()
    expect((await narrativeRowsOf(db, auditId))[0]?.doc).toEqual(summary)
  })
})
