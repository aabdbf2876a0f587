import { isLive, type Answer, type Audit } from '@core/audit'
import type { EvidenceItem } from '@core/evidence'
import type { FindingEdit } from '@core/findings'
import {
  evidenceDoc,
  evidenceDocId,
  findingDoc,
  findingDocId,
  noteDoc,
  noteDocId,
  planCatchUp,
  SearchIndex,
  type SearchDoc,
  type SearchOutcome,
} from '@core/search'
import type { WorkbookDatabase } from '../../db/database'
import {
  allAudits,
  allEvidence,
  answersAndEdits,
  auditContentOf,
  auditRecords,
  auditsByIds,
  evidenceByIds,
} from '../../db/queries/search-records'
import type { ChangedParts } from '../../db/queries/database-changes'
import type { SearchCacheDatabase } from '../../db/search-cache'
import { loadKeptIndex, saveKeptIndex, takeKeptIndex } from './kept-index'
import { emptyPending, gatherChanges, hasPending, type Pending } from './pending-changes'
import { QuestionLabels } from './question-labels'
import { SaveSchedule, type SaveTiming } from './save-schedule'

/** Writes closer together than this are applied to the index together. */
const BATCH_MS = 20

export type BuildProgress = (audits: number, of: number) => void

/** The index and what keeping it current takes: its audits' stamps and questions' labels. */
interface Held {
  index: SearchIndex
  /** Per audit held, the `updatedAt` of its row when its records were read (or before). */
  stamps: Map<string, number>
  /** Learnt as needed: an index restored from a kept one starts with none. */
  labels: QuestionLabels
}

const emptyHeld = (): Held => ({
  index: new SearchIndex(),
  stamps: new Map(),
  labels: new QuestionLabels(),
})

/** How the index was first made ready in this page: from the kept one, or from every record. */
export interface IndexOrigin {
  from: 'kept' | 'built'
  /** Audits read whole: those of a kept index written since it was kept, or every live one. */
  auditsRead: number
  /** Why a kept index was not used, when there was one. */
  refused?: string
}

/**
 * The search worker's index, kept current: made ready at the first query — from the index kept
 * by an earlier page (`cache`), brought up to date, or else built from IndexedDB — then told by
 * Dexie's `storagemutated` broadcast (every write transaction in any window or worker of the app
 * sends one) which records changed, and re-reading only those. A query first applies what is
 * pending, so a note saved a moment ago is found. After changes, once things are quiet, the index
 * is written back to `cache` for the next page.
 */
export class SearchIndexer {
  private held = emptyHeld()
  private built: Promise<void> | undefined
  private origin: IndexOrigin | undefined
  private readonly watchers = new Set<BuildProgress>()
  private pending = emptyPending()
  private applying: Promise<void> = Promise.resolve()
  private timer: ReturnType<typeof setTimeout> | undefined
  /** The index changed since it was last kept. */
  private unsaved = false
  private readonly saves: SaveSchedule | undefined

  constructor(
    private readonly db: WorkbookDatabase,
    private readonly cache?: SearchCacheDatabase,
    saveTiming?: SaveTiming,
  ) {
    this.saves = cache && new SaveSchedule(() => this.keep(), saveTiming)
  }

  get documentCount(): number {
    return this.held.index.documentCount
  }

  /** How the index was made ready; undefined until it is. */
  get openedFrom(): IndexOrigin | undefined {
    return this.origin
  }

  /** Makes the index ready once; later calls wait for that (the caller's watcher hears it). */
  private ready(): Promise<void> {
    this.built ??= this.open().catch((error: unknown) => {
      this.built = undefined // the next query tries again
      throw error
    })
    return this.built
  }

  /** The query's results once the index is current, and how long the search itself took. */
  async search(
    text: string,
    onProgress?: BuildProgress,
  ): Promise<{ result: SearchOutcome; ms: number }> {
    this.saves?.postpone()
    if (onProgress) this.watchers.add(onProgress)
    try {
      await this.ready()
      // A wide change waits for a query (below): its reading everything is shown as a build's.
      await this.catchUp()
    } finally {
      if (onProgress) this.watchers.delete(onProgress)
    }
    const start = performance.now()
    const result = this.held.index.search(text)
    return { result, ms: performance.now() - start }
  }

  /** Takes note of a write (the `storagemutated` parts, keyed `idb://<db>/<table>/<index>`). */
  noteChanges(parts: ChangedParts): void {
    gatherChanges(this.pending, parts, this.db.name)
    clearTimeout(this.timer)
    // A wide change (an archive imported, an audit purged) means reading everything again: left
    // for the next query, rather than done at once beside the import that caused it, which is
    // still reading back every file it wrote.
    if (hasPending(this.pending) && !this.pending.wide)
      this.timer = setTimeout(() => void this.catchUp().catch(() => undefined), BATCH_MS)
  }

  /** Applies the pending changes (once the index is ready), one batch after another. */
  catchUp(): Promise<void> {
    clearTimeout(this.timer)
    if (!this.built) return Promise.resolve() // making it ready reads everything anyway
    this.applying = this.applying.then(async () => {
      await this.built
      if (!hasPending(this.pending)) return
      const changes = this.pending
      this.pending = emptyPending()
      await this.apply(changes)
      this.changed()
    })
    return this.applying
  }

  /**
   * Writes the index away for the next page, if it changed since it was last; taken between two
   * batches of changes, never halfway through one (the stamps must say what the index holds).
   */
  async keep(): Promise<void> {
    const cache = this.cache
    if (!cache || !this.built) return
    let kept: ReturnType<typeof takeKeptIndex> | undefined
    this.applying = this.applying.then(async () => {
      await this.built
      // With changes pending, their catch-up makes the index due to be kept again.
      if (!this.unsaved || hasPending(this.pending)) return
      try {
        kept = takeKeptIndex(this.held, Date.now())
        this.unsaved = false
      } catch {
        // Not kept, this time: a failure here must not stop the changes queued behind it.
      }
    })
    await this.applying
    if (!kept) return
    try {
      await saveKeptIndex(cache, kept)
    } catch (error) {
      this.unsaved = true
      throw error
    }
  }

  /** Stops its timers: nothing more is applied or kept unless asked. */
  dispose(): void {
    clearTimeout(this.timer)
    this.saves?.cancel()
  }

  private changed(): void {
    this.unsaved = true
    this.saves?.due()
  }

  /** The kept index brought up to date, or else one built from every record. */
  private async open(): Promise<void> {
    const kept = this.cache && (await loadKeptIndex(this.cache))
    if (kept && 'index' in kept) {
      const held: Held = { ...kept, labels: new QuestionLabels() }
      const { read, changed } = await this.bringUpToDate(held)
      this.held = held
      this.origin = { from: 'kept', auditsRead: read }
      if (changed) this.changed()
      return
    }
    const held = emptyHeld()
    const read = await this.fill(held)
    this.held = held
    this.origin = { from: 'built', auditsRead: read, ...(kept ? { refused: kept.refused } : {}) }
    this.changed()
  }

  /**
   * A kept index made to match the database: audits written since their stamp are read again,
   * deleted ones taken out, and evidence items (which do not touch their audit's row) compared
   * one by one. Returns how many audits were read and whether anything changed.
   */
  private async bringUpToDate(held: Held): Promise<{ read: number; changed: boolean }> {
    const revision = held.index.revision
    const plan = planCatchUp(held.stamps, await allAudits(this.db))
    for (const auditId of plan.gone) {
      held.index.removeAudit(auditId)
      held.stamps.delete(auditId)
    }
    for (const [i, audit] of plan.stale.entries()) {
      await this.reindexAudit(held, audit.id, audit)
      this.report(i + 1, plan.stale.length)
    }
    const current = new Set(plan.current)
    const items = new Set<string>()
    for (const item of await allEvidence(this.db)) {
      if (!current.has(item.auditId)) continue
      items.add(evidenceDocId(item.id))
      this.putEvidence(held.index, item)
    }
    for (const auditId of current)
      for (const id of held.index.docIdsOf(auditId, 'evidence'))
        if (!items.has(id)) held.index.remove(id)
    const stampsChanged = plan.stale.length + plan.gone.length > 0
    return { read: plan.stale.length, changed: stampsChanged || held.index.revision !== revision }
  }

  private report(done: number, of: number): void {
    for (const watcher of this.watchers) watcher(done, of)
  }

  private async apply({ audits, contents, questions, evidence, wide }: Pending): Promise<void> {
    if (wide) {
      // Built aside and swapped in whole, so queries meanwhile still find everything else.
      const held = emptyHeld()
      await this.fill(held)
      this.held = held
      return
    }
    const held = this.held
    const { index } = held
    const auditIds = [...new Set([...audits, ...contents])]
    const rows = await auditsByIds(this.db, auditIds)
    /** Audits read again whole: their questions below are already current. */
    const whole = new Set<string>()
    for (const [i, id] of auditIds.entries()) {
      const audit = rows[i]
      // Every save touches its audit's row (its time of change): that alone costs one document.
      // Its records are read after its row, so its stamp is never newer than what is indexed.
      if (audit && isLive(audit) && index.hasAudit(id) && !contents.has(id)) {
        index.putAudit(audit)
        held.stamps.set(id, audit.updatedAt)
        continue
      }
      await this.reindexAudit(held, id, audit)
      whole.add(id)
    }
    const keys = [...questions.values()].filter(([auditId]) => !whole.has(auditId))
    if (keys.length > 0) {
      await this.learnLabels(
        held,
        keys.map(([auditId]) => auditId),
      )
      const { answers, edits } = await answersAndEdits(this.db, keys)
      for (const [i, [auditId, sectionId, questionId]] of keys.entries()) {
        if (!index.hasAudit(auditId)) continue
        const key = { auditId, sectionId, questionId }
        this.putQuestion(held, key, answers[i], edits[i])
      }
    }
    const evidenceIds = [...evidence]
    const items = await evidenceByIds(this.db, evidenceIds)
    for (const [i, id] of evidenceIds.entries()) {
      const item = items[i]
      if (item && index.hasAudit(item.auditId)) this.putEvidence(index, item)
      else index.remove(evidenceDocId(id))
    }
  }

  /** Every live audit and its records, into `held`; how many audits that was. */
  private async fill(held: Held): Promise<number> {
    const audits = (await allAudits(this.db)).filter(isLive)
    for (const [i, audit] of audits.entries()) {
      await this.reindexAudit(held, audit.id, audit)
      this.report(i + 1, audits.length)
    }
    return audits.length
  }

  /** An audit read again whole: its content's labels and all its records; out if deleted. */
  private async reindexAudit(held: Held, auditId: string, audit: Audit | undefined): Promise<void> {
    const { index, labels, stamps } = held
    index.removeAudit(auditId)
    labels.forget(auditId)
    stamps.delete(auditId)
    if (!audit || !isLive(audit)) return
    index.putAudit(audit)
    stamps.set(auditId, audit.updatedAt) // `audit` was read before the records below
    const content = await auditContentOf(this.db, auditId)
    if (content) labels.learn(content)
    const { answers, edits, evidence } = await auditRecords(this.db, auditId)
    const editOf = new Map(edits.map((e) => [findingDocId(e), e]))
    for (const answer of answers)
      this.putQuestion(held, answer, answer, editOf.get(findingDocId(answer)))
    for (const item of evidence) this.putEvidence(index, item)
  }

  /** The labels of audits held but not yet read in this page (as after a kept index is restored). */
  private async learnLabels(held: Held, auditIds: string[]): Promise<void> {
    for (const auditId of new Set(auditIds)) {
      if (!held.index.hasAudit(auditId) || held.labels.knows(auditId)) continue
      const content = await auditContentOf(this.db, auditId)
      if (content) held.labels.learn(content)
    }
  }

  private putQuestion(
    { index, labels }: Held,
    key: Pick<Answer, 'auditId' | 'sectionId' | 'questionId'>,
    answer: Answer | undefined,
    edit: FindingEdit | undefined,
  ): void {
    const label = labels.of(key.auditId, key.sectionId, key.questionId)
    putOrRemove(index, noteDocId(key), answer && noteDoc(answer, label))
    putOrRemove(index, findingDocId(key), findingDoc(answer, edit, label))
  }

  private putEvidence(index: SearchIndex, item: EvidenceItem): void {
    putOrRemove(index, evidenceDocId(item.id), evidenceDoc(item))
  }
}

function putOrRemove(index: SearchIndex, id: string, doc: SearchDoc | undefined): void {
  if (doc) index.put(doc)
  else index.remove(id)
}
