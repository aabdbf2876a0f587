import { z } from 'zod'
import type { WorkbookDatabase } from './database'
import {
  draftSavedAt,
  draftTargetId,
  draftTargetSchema,
  saveDraft,
  type DraftTarget,
} from './repositories/drafts'

/**
 * The safety net under typing. Texts are written to IndexedDB as they are typed, but a page that
 * unloads (reload, window closed) aborts the write still in flight. So whenever the page is hidden
 * or unloads, every text not yet confirmed written is copied synchronously to localStorage and
 * replayed into the database at the next start, unless the database has a newer write.
 */

export const JOURNAL_KEY = 'audit-workbook:unsaved-drafts'

const journalSchema = z.strictObject({
  /** When the copy was taken: every keystroke in it happened before. */
  at: z.number(),
  entries: z.array(z.strictObject({ target: draftTargetSchema, text: z.string() })),
})

export interface JournalSource {
  target: DraftTarget
  /** The text typed but not yet confirmed written, if any. */
  unsaved(): string | undefined
}

const sources = new Map<string, JournalSource>()

/** Registers a field's writer; returns the function that unregisters it. */
export function trackUnsavedDraft(source: JournalSource): () => void {
  const id = draftTargetId(source.target)
  sources.set(id, source)
  return () => {
    if (sources.get(id) === source) sources.delete(id)
  }
}

/** Replaces the journal with the texts unsaved right now (or removes it when there are none). */
export function writeJournal(now: number = Date.now(), storage: Storage = localStorage): void {
  const entries = [...sources.values()].flatMap((source) => {
    const text = source.unsaved()
    return text === undefined ? [] : [{ target: source.target, text }]
  })
  try {
    if (entries.length === 0) storage.removeItem(JOURNAL_KEY)
    else storage.setItem(JOURNAL_KEY, JSON.stringify({ at: now, entries }))
  } catch {
    // A full localStorage cannot take the copy; the IndexedDB writes may still land.
  }
}

/** Copies unsaved texts aside whenever the page may be about to go away. */
export function installJournalOnUnload(win: Window = window): void {
  win.addEventListener('pagehide', () => writeJournal())
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') writeJournal()
  })
}

/** Saves what the last session could not, then forgets it. Returns how many texts it saved. */
export async function replayJournal(
  db: WorkbookDatabase,
  storage: Storage = localStorage,
): Promise<number> {
  const raw = storage.getItem(JOURNAL_KEY)
  if (raw === null) return 0
  const parsed = journalSchema.safeParse(parseJson(raw))
  const journal = parsed.success ? parsed.data : { at: 0, entries: [] }
  let replayed = 0
  for (const { target, text } of journal.entries) {
    try {
      const savedAt = await draftSavedAt(db, target)
      // A write that started after the copy was taken is newer than the copy.
      if (savedAt !== undefined && savedAt > journal.at) continue
      await saveDraft(db, target, text)
      replayed += 1
    } catch {
      // The audit was deleted or made final meanwhile: what it holds stands.
    }
  }
  storage.removeItem(JOURNAL_KEY)
  return replayed
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}
