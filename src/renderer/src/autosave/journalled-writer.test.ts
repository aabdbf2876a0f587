import { afterEach, describe, expect, it } from 'vitest'
import { JOURNAL_KEY, writeJournal } from '../db/draft-journal'
import type { DraftTarget } from '../db/repositories/drafts'
import { memoryStorage } from '../db/test-support/fixtures'
import { createJournalledWriter } from './journalled-writer'

const target: DraftTarget = {
  kind: 'answer',
  auditId: 'audit-1',
  sectionId: 'section-1',
  questionId: 'question-1',
  field: 'notes',
}

const journalTexts = (storage: Storage): string[] => {
  const raw = storage.getItem(JOURNAL_KEY)
  if (raw === null) return []
  return (JSON.parse(raw) as { entries: Array<{ text: string }> }).entries.map((e) => e.text)
}

const stops: Array<() => void> = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

describe('createJournalledWriter', () => {
  it('has the typed text in the journal before its write lands (a crash sends no pagehide)', async () => {
    const storage = memoryStorage()
    const releases: Array<() => void> = []
    const writer = createJournalledWriter(
      target,
      () => new Promise<void>((resolve) => releases.push(resolve)),
      () => {},
      () => writeJournal(Date.now(), storage),
    )
    stops.push(writer.track())

    writer.write('typed just before the crash')
    // Synchronously: nothing else runs between a keystroke and a renderer that dies.
    expect(journalTexts(storage)).toEqual(['typed just before the crash'])

    writer.write('typed just before the crash, and more')
    expect(journalTexts(storage)).toEqual(['typed just before the crash, and more'])

    releases[0]!()
    await Promise.resolve()
    await Promise.resolve()
    releases[1]!()
    await writer.flush()
    expect(storage.getItem(JOURNAL_KEY)).toBeNull()
  })

  it('keeps the text in the journal when its write fails', async () => {
    const storage = memoryStorage()
    const writer = createJournalledWriter(
      target,
      () => Promise.reject(new Error('disk full')),
      () => {},
      () => writeJournal(Date.now(), storage),
    )
    stops.push(writer.track())
    writer.write('not written')
    await writer.flush()
    expect(journalTexts(storage)).toEqual(['not written'])
  })
})
