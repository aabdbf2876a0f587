import { z } from 'zod'
import { isLive, type Answer, type Audit } from '@core/audit'
import type { EvidenceItem } from '@core/evidence'
import type { FindingEdit } from '@core/findings'
import {
  changedKeys,
  evidenceDoc,
  evidenceDocId,
  findingDoc,
  findingDocId,
  noteDoc,
  noteDocId,
  SearchIndex,
  type SearchDoc,
  type SearchOutcome,
} from '@core/search'
import type { WorkbookDatabase } from '../../db/database'
import {
  allAudits,
  answersAndEdits,
  auditContentOf,
  auditRecords,
  auditsByIds,
  evidenceByIds,
  type AnswerKey,
} from '../../db/queries/search-records'
import type { ChangedParts } from '../../db/queries/database-changes'
import { QuestionLabels } from './question-labels'

/** What a write changed, gathered until the index next catches up. */
interface Pending {
  /** Audits whose row changed (a rename, a deletion, or only the time of their last change). */
  audits: Set<string>
  /** Audits whose frozen content changed (an upgrade): their labels are read again. */
  contents: Set<string>
  /** Questions whose answer or finding edit changed, by `JSON.stringify(key)`. */
  questions: Map<string, AnswerKey>
  evidence: Set<string>
  /** A bulk write or a delete by range: only reading everything again tells what changed. */
  wide: boolean
}

const emptyPending = (): Pending => ({
  audits: new Set(),
  contents: new Set(),
  questions: new Map(),
  evidence: new Set(),
  wide: false,
})

const answerKey = z.tuple([z.string(), z.string(), z.string()])
const stringKey = z.string()

/** Writes closer together than this are applied to the index together. */
const BATCH_MS = 20

export type BuildProgress = (audits: number, of: number) => void

/**
 * The search worker's index, kept current: built from IndexedDB at the first query, then told by
 * Dexie's `storagemutated` broadcast (every write transaction in any window or worker of the app
 * sends one) which records changed, and re-reading only those. A query first applies what is
 * pending, so a note saved a moment ago is found.
 */
export class SearchIndexer {
  private index = new SearchIndex()
  private labels = new QuestionLabels()
  private built: Promise<void> | undefined
  private readonly watchers = new Set<BuildProgress>()
  private pending = emptyPending()
  private applying: Promise<void> = Promise.resolve()
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly db: WorkbookDatabase) {}

  get documentCount(): number {
    return this.index.documentCount
  }

  /** Builds the index once; later calls wait for that build, hearing its progress meanwhile. */
  async ready(onProgress?: BuildProgress): Promise<void> {
    if (onProgress) this.watchers.add(onProgress)
    try {
      this.built ??= this.fill(this.index, this.labels).catch((error: unknown) => {
        this.built = undefined // the next query tries again
        throw error
      })
      await this.built
    } finally {
      if (onProgress) this.watchers.delete(onProgress)
    }
  }

  /** The query's results once the index is current, and how long the search itself took. */
  async search(
    text: string,
    onProgress?: BuildProgress,
  ): Promise<{ result: SearchOutcome; ms: number }> {
    await this.ready(onProgress)
    await this.catchUp()
    const start = performance.now()
    const result = this.index.search(text)
    return { result, ms: performance.now() - start }
  }

  /** Takes note of a write (the `storagemutated` parts, keyed `idb://<db>/<table>/<index>`). */
  noteChanges(parts: ChangedParts): void {
    const part = (table: string) => parts[`idb://${this.db.name}/${table}/`]
    const gather = <K>(table: string, schema: z.ZodType<K>, add: (key: K) => void) => {
      const tree = part(table)
      if (tree === undefined) return
      const changed = changedKeys(tree)
      if (changed.wide) return void (this.pending.wide = true)
      for (const key of changed.keys) {
        const parsed = schema.safeParse(key)
        if (parsed.success) add(parsed.data)
        else this.pending.wide = true
      }
    }
    const { audits, contents, questions, evidence } = this.pending
    gather('audits', stringKey, (id) => audits.add(id))
    gather('auditContents', stringKey, (id) => contents.add(id))
    const addQuestion = (key: AnswerKey) => questions.set(JSON.stringify(key), key)
    gather('answers', answerKey, addQuestion)
    gather('findingEdits', answerKey, addQuestion)
    gather('evidence', stringKey, (id) => evidence.add(id))
    if (this.hasPending()) {
      clearTimeout(this.timer)
      this.timer = setTimeout(() => void this.catchUp().catch(() => undefined), BATCH_MS)
    }
  }

  /** Applies the pending changes (after the first build), one batch after another. */
  catchUp(): Promise<void> {
    clearTimeout(this.timer)
    if (!this.built) return Promise.resolve() // the build will read everything anyway
    this.applying = this.applying.then(async () => {
      await this.built
      if (!this.hasPending()) return
      const changes = this.pending
      this.pending = emptyPending()
      await this.apply(changes)
    })
    return this.applying
  }

  private hasPending(): boolean {
    const { audits, contents, questions, evidence, wide } = this.pending
    return wide || audits.size + contents.size + questions.size + evidence.size > 0
  }

  private async apply({ audits, contents, questions, evidence, wide }: Pending): Promise<void> {
    if (wide) {
      // Built aside and swapped in whole, so queries meanwhile still find everything else.
      const index = new SearchIndex()
      const labels = new QuestionLabels()
      await this.fill(index, labels)
      this.index = index
      this.labels = labels
      return
    }
    const auditIds = [...new Set([...audits, ...contents])]
    const rows = await auditsByIds(this.db, auditIds)
    /** Audits read again whole: their questions below are already current. */
    const whole = new Set<string>()
    for (const [i, id] of auditIds.entries()) {
      const audit = rows[i]
      // Every save touches its audit's row (its time of change): that alone costs one document.
      if (audit && isLive(audit) && this.index.hasAudit(id) && !contents.has(id)) {
        this.index.putAudit(audit)
        continue
      }
      await this.reindexAudit(this.index, this.labels, id, audit)
      whole.add(id)
    }
    const keys = [...questions.values()].filter(([auditId]) => !whole.has(auditId))
    if (keys.length > 0) {
      const { answers, edits } = await answersAndEdits(this.db, keys)
      for (const [i, [auditId, sectionId, questionId]] of keys.entries()) {
        if (!this.index.hasAudit(auditId)) continue
        const key = { auditId, sectionId, questionId }
        this.putQuestion(this.index, this.labels, key, answers[i], edits[i])
      }
    }
    const evidenceIds = [...evidence]
    const items = await evidenceByIds(this.db, evidenceIds)
    for (const [i, id] of evidenceIds.entries()) {
      const item = items[i]
      if (item && this.index.hasAudit(item.auditId)) this.putEvidence(this.index, item)
      else this.index.remove(evidenceDocId(id))
    }
  }

  /** Every live audit and its records, into `index`. */
  private async fill(index: SearchIndex, labels: QuestionLabels): Promise<void> {
    const audits = (await allAudits(this.db)).filter(isLive)
    for (const [i, audit] of audits.entries()) {
      await this.reindexAudit(index, labels, audit.id, audit)
      for (const watcher of this.watchers) watcher(i + 1, audits.length)
    }
  }

  /** An audit read again whole: its content's labels and all its records; out if deleted. */
  private async reindexAudit(
    index: SearchIndex,
    labels: QuestionLabels,
    auditId: string,
    audit: Audit | undefined,
  ): Promise<void> {
    index.removeAudit(auditId)
    labels.forget(auditId)
    if (!audit || !isLive(audit)) return
    index.putAudit(audit)
    const content = await auditContentOf(this.db, auditId)
    if (content) labels.learn(content)
    const { answers, edits, evidence } = await auditRecords(this.db, auditId)
    const editOf = new Map(edits.map((e) => [findingDocId(e), e]))
    for (const answer of answers)
      this.putQuestion(index, labels, answer, answer, editOf.get(findingDocId(answer)))
    for (const item of evidence) this.putEvidence(index, item)
  }

  private putQuestion(
    index: SearchIndex,
    labels: QuestionLabels,
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
