import { z } from 'zod'
import { changedKeys } from '@core/search'
import type { ChangedParts } from '../../db/queries/database-changes'
import type { AnswerKey } from '../../db/queries/search-records'

/**
 * What writes changed, as the search worker gathers it from Dexie's `storagemutated` broadcasts
 * until its index next catches up: the keys of the records to read again, per table, or "wide"
 * when a write gave no keys (a bulk write, a delete by range) and only reading everything again
 * tells what changed.
 */

/** What a write changed, gathered until the index next catches up. */
export interface Pending {
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

export const emptyPending = (): Pending => ({
  audits: new Set(),
  contents: new Set(),
  questions: new Map(),
  evidence: new Set(),
  wide: false,
})

const answerKey = z.tuple([z.string(), z.string(), z.string()])
const stringKey = z.string()

export function hasPending({ audits, contents, questions, evidence, wide }: Pending): boolean {
  return wide || audits.size + contents.size + questions.size + evidence.size > 0
}

/** Adds to `pending` what a write to the workbook database named `dbName` changed. */
export function gatherChanges(pending: Pending, parts: ChangedParts, dbName: string): void {
  const gather = <K>(table: string, schema: z.ZodType<K>, add: (key: K) => void) => {
    const tree = parts[`idb://${dbName}/${table}/`]
    if (tree === undefined) return
    const changed = changedKeys(tree)
    if (changed.wide) return void (pending.wide = true)
    for (const key of changed.keys) {
      const parsed = schema.safeParse(key)
      if (parsed.success) add(parsed.data)
      else pending.wide = true
    }
  }
  const { audits, contents, questions, evidence } = pending
  gather('audits', stringKey, (id) => audits.add(id))
  gather('auditContents', stringKey, (id) => contents.add(id))
  const addQuestion = (key: AnswerKey) => questions.set(JSON.stringify(key), key)
  gather('answers', answerKey, addQuestion)
  gather('findingEdits', answerKey, addQuestion)
  gather('evidence', stringKey, (id) => evidence.add(id))
}
