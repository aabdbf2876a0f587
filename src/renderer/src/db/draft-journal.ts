import { z } from 'zod'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from './database'
import { draftSavedAt } from './queries/drafts'
import {
  draftTargetId,
  draftTargetSchema,
  saveDraft,
  type DraftTarget,
} from './repositories/drafts'

/**
 * The safety net under typing. Texts are written to IndexedDB as they are typed, but a page that
 * unloads (reload, window closed) aborts the write still in flight, and a renderer that crashes
 * gets no unload event at all. So every text not yet confirmed written is copied synchronously to
 * localStorage as it is typed (and again when the page is hidden), the copy is dropped once the
 * write lands, and what is left is replayed into the database at the next start, unless the
 * database has a newer write.
 */

export const JOURNAL_KEY = 'audit-workbook:unsaved-drafts'

const entrySchema = z.strictObject({
  target: draftTargetSchema,
  text: z.string(),
  /** When this text was copied; absent in journals written before entries carried their own. */
  at: z.number().optional(),
})
type JournalEntry = z.infer<typeof entrySchema>

const journalSchema = z.strictObject({
  /** When the copy was taken: every keystroke in it happened before. */
  at: z.number(),
  entries: z.array(entrySchema),
})

export interface JournalSource {
  target: DraftTarget
  /** The text typed but not yet confirmed written, if any. */
  unsaved(): string | undefined
}

const sources = new Map<string, JournalSource>()

/**
 * Entries an earlier start could not replay (a full disk, a quota error). They stay in every
 * journal written this session, with their own time, until a start replays them.
 */
let carried: JournalEntry[] = []

/** Registers a field's writer; returns the function that unregisters it. */
export function trackUnsavedDraft(source: JournalSource): () => void {
  const id = draftTargetId(source.target)
  sources.set(id, source)
  return () => {
    if (sources.get(id) === source) sources.delete(id)
  }
}

/**
 * Replaces the journal with the texts unsaved right now and those carried from an earlier start
 * (or removes it when there are none). Synchronous, so it is safe to call from a keystroke and
 * from `pagehide`.
 */
export function writeJournal(now: number = Date.now(), storage: Storage = localStorage): void {
  const live = [...sources.values()].flatMap((source) => {
    const text = source.unsaved()
    return text === undefined ? [] : [{ target: source.target, text, at: now }]
  })
  // A text typed this session into the same field is newer than one carried from before.
  const liveIds = new Set(live.map((entry) => draftTargetId(entry.target)))
  const older = carried.filter((entry) => !liveIds.has(draftTargetId(entry.target)))
  const entries = [...older, ...live]
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

type ReplayOutcome = 'replayed' | 'superseded' | 'kept'

async function replayEntry(
  db: WorkbookDatabase,
  entry: JournalEntry,
  journalAt: number,
): Promise<ReplayOutcome> {
  try {
    const savedAt = await draftSavedAt(db, entry.target)
    // A write that started after the copy was taken is newer than the copy.
    if (savedAt !== undefined && savedAt > (entry.at ?? journalAt)) return 'superseded'
    await saveDraft(db, entry.target, entry.text)
    return 'replayed'
  } catch (error) {
    // The audit was deleted or made final meanwhile: what it holds stands. Any other failure
    // (a full disk, a quota error) may pass, so the text waits for the next start.
    return error instanceof UserFacingError ? 'superseded' : 'kept'
  }
}

/**
 * Saves what the last session could not. Only replayed or superseded entries leave the journal;
 * one whose write failed stays for the next start. Returns how many texts it saved.
 */
export async function replayJournal(
  db: WorkbookDatabase,
  storage: Storage = localStorage,
): Promise<number> {
  const raw = storage.getItem(JOURNAL_KEY)
  if (raw === null) return 0
  const parsed = journalSchema.safeParse(parseJson(raw))
  if (!parsed.success) {
    // Nothing in it can be read back, so nothing in it can be saved.
    storage.removeItem(JOURNAL_KEY)
    return 0
  }
  const journal = parsed.data
  const kept: JournalEntry[] = []
  let replayed = 0
  for (const entry of journal.entries) {
    const outcome = await replayEntry(db, entry, journal.at)
    if (outcome === 'replayed') replayed += 1
    if (outcome === 'kept') kept.push({ ...entry, at: entry.at ?? journal.at })
  }
  carried = kept
  try {
    if (kept.length === 0) storage.removeItem(JOURNAL_KEY)
    else storage.setItem(JOURNAL_KEY, JSON.stringify({ at: journal.at, entries: kept }))
  } catch {
    // The old journal is still there, a superset of what is kept: the next start tries again.
  }
  return replayed
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}
