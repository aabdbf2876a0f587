import {
  isTeamDocId,
  rowKeyOfDocId,
  rowToDoc,
  sameJson,
  tableOfDocId,
  type LocalRow,
  type SyncedTable,
} from '@core/team'
import type { WorkbookDatabase } from '../db/database'
import { leavesOf, type StoredDoc, type TeamPouch } from './pouch'
import type { OutboxRow } from './team-rows'

export interface PumpContext {
  db: WorkbookDatabase
  /** The local PouchDB of a shared audit (replicated with the server apart from this). */
  localOf(auditId: string): TeamPouch
  /** The signed-in consultant: every revision says who wrote it. */
  author: string
  now(): number
}

const BATCH = 50

/**
 * Hands the outbox to PouchDB, oldest change first, one document at a time: what is written is
 * the row as Dexie holds it now (the outbox only marks what changed). Safe to stop anywhere: a
 * document whose content PouchDB already holds is not written again, so a pump killed between
 * PouchDB's write and the outbox's update neither loses nor duplicates a revision.
 */
export async function pumpOutbox(context: PumpContext): Promise<number> {
  let written = 0
  for (;;) {
    const pending = await context.db.teamOutbox
      .filter((row) => row.rev === undefined)
      .limit(BATCH)
      .toArray()
    if (pending.length === 0) return written
    for (const [auditId, docId, upTo] of documentsOf(pending)) {
      if (await sendDocument(context, auditId, docId, upTo)) written += 1
    }
  }
}

/** Each document once, with the newest outbox row of it in this batch. */
function documentsOf(pending: OutboxRow[]): [string, string, number][] {
  const newest = new Map<string, [string, string, number]>()
  for (const row of pending)
    newest.set(`${row.auditId}\u0000${row.docId}`, [row.auditId, row.docId, row.seq ?? 0])
  return [...newest.values()]
}

async function sendDocument(
  context: PumpContext,
  auditId: string,
  docId: string,
  upTo: number,
): Promise<boolean> {
  const { db } = context
  const shared = await db.teamAudits.get(auditId)
  const desired = shared && (await desiredDoc(context, auditId, docId))
  if (desired === undefined) {
    // No longer shared, or not a document of ours: nothing to send.
    await clearPending(db, auditId, docId, upTo, undefined)
    return false
  }
  const local = context.localOf(auditId)
  const base = (await db.teamRevs.get([auditId, docId]))?.rev
  const leaves = await leavesOf(local, docId)
  const resolved = (await db.teamConflicts.get([auditId, docId]))?.resolvedAt !== undefined
  const living = leaves.filter((leaf) => !leaf._deleted)
  if (resolved && living.length > 1) {
    const rev = await settleConflict(local, desired, living, context)
    await clearPending(db, auditId, docId, upTo, rev)
    return true
  }
  const alreadyThere = leaves.find((leaf) => holdsSame(leaf, desired))
  let rev = alreadyThere?._rev
  if (rev === undefined && !(desired._deleted && leaves.length === 0)) {
    const baseIsLeaf = base !== undefined && leaves.some((leaf) => leaf._rev === base)
    rev =
      leaves.length === 0 || baseIsLeaf
        ? (await local.put({ ...desired, ...(baseIsLeaf ? { _rev: base } : {}) })).rev
        : // Another revision arrived since this row was last in step: both are kept (§ conflicts).
          await writeBranch(local, desired, base)
  }
  await clearPending(db, auditId, docId, upTo, rev)
  return rev !== undefined && alreadyThere === undefined
}

/**
 * The consultant's resolution: one revision holds the chosen (or merged) row and every other
 * leaf is deleted, in one write, so every laptop sees the conflict end with the same content.
 */
async function settleConflict(
  local: TeamPouch,
  desired: Desired,
  living: StoredDoc[],
  context: PumpContext,
): Promise<string | undefined> {
  const keeper = living.find((leaf) => holdsSame(leaf, desired)) ?? living[0]!
  const deletions = living
    .filter((leaf) => leaf !== keeper)
    .map((leaf) => ({
      _id: leaf._id,
      _rev: leaf._rev,
      _deleted: true,
      kind: desired.kind,
      by: context.author,
      at: context.now(),
    }))
  const keep = holdsSame(keeper, desired) ? [] : [{ ...desired, _rev: keeper._rev }]
  const results = await local.bulkDocs([...keep, ...deletions])
  const failed = results.find((result) => 'error' in result && result.error)
  if (failed) throw new Error(`Could not resolve the conflict on ${desired._id}.`)
  return keep.length > 0 ? (results[0] as { rev: string }).rev : keeper._rev
}

type Desired = Record<string, unknown> & { _id: string; _deleted?: boolean }

/**
 * The document as it should be now: a synced table's row, a team document (comment,
 * assignment), or a deletion when the row is gone; undefined for an id that is neither.
 */
async function desiredDoc(
  context: PumpContext,
  auditId: string,
  docId: string,
): Promise<Desired | undefined> {
  const deletion = {
    _id: docId,
    _deleted: true,
    kind: docId.split(':', 1)[0],
    by: context.author,
    at: context.now(),
  }
  const table = tableOfDocId(docId)
  if (table !== undefined) {
    const key = rowKeyOfDocId(auditId, docId)
    if (key === undefined) return undefined
    const row = (await context.db.table(table).get(key)) as LocalRow<SyncedTable> | undefined
    return row === undefined ? deletion : rowToDoc(table, row, context.author, context.now())
  }
  if (!isTeamDocId(docId)) return undefined
  const team = await context.db.teamDocs.get([auditId, docId])
  if (team === undefined) return deletion
  const doc: Desired = { ...team.doc }
  delete doc._rev // the base revision is the engine's to give
  return doc
}

/** The same content, whoever wrote it when: what a write would not change. */
function holdsSame(leaf: StoredDoc, desired: Desired): boolean {
  if (desired._deleted) return leaf._deleted === true
  return leaf._deleted !== true && sameJson(contentOf(leaf), contentOf(desired))
}

const NOT_CONTENT = new Set(['_id', '_rev', '_conflicts', '_revisions', '_deleted', 'by', 'at'])

function contentOf(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([field]) => !NOT_CONTENT.has(field)))
}

/**
 * Writes a revision as a child of `base` beside the one PouchDB holds, the way replication
 * brings in a revision made elsewhere: the document then has a conflict, shown to the consultant
 * and never resolved silently. Without a base (both sides created the document) it is a new root.
 */
async function writeBranch(
  local: TeamPouch,
  doc: Record<string, unknown> & { _id: string },
  base: string | undefined,
): Promise<string> {
  let start = 1
  let ancestors: string[] = []
  if (base !== undefined) {
    const old = await local.get(doc._id, { rev: base, revs: true }).catch(() => undefined)
    if (old?._revisions) {
      start = old._revisions.start + 1
      ancestors = old._revisions.ids
    }
  }
  const hash = crypto.randomUUID().replaceAll('-', '')
  const rev = `${start}-${hash}`
  await local.bulkDocs([{ ...doc, _rev: rev, _revisions: { start, ids: [hash, ...ancestors] } }], {
    new_edits: false,
  })
  return rev
}

/**
 * The document's changes up to `upTo` are in PouchDB as `rev` (or need not go): the pending rows
 * go, one row remembers the revision until the server holds it, and it is the next change's base.
 */
async function clearPending(
  db: WorkbookDatabase,
  auditId: string,
  docId: string,
  upTo: number,
  rev: string | undefined,
): Promise<void> {
  await db.transaction('rw', db.teamOutbox, db.teamRevs, db.teamConflicts, async () => {
    const conflict = await db.teamConflicts.get([auditId, docId])
    if (conflict?.resolvedAt !== undefined) await db.teamConflicts.delete([auditId, docId])
    const rows = db.teamOutbox.where('[auditId+docId]').equals([auditId, docId])
    await rows.filter((row) => row.rev === undefined && (row.seq ?? 0) <= upTo).delete()
    if (rev === undefined) return
    await rows.filter((row) => row.rev !== undefined && row.refused === undefined).delete()
    await db.teamOutbox.add({ auditId, docId, rev })
    await db.teamRevs.put({ auditId, docId, rev })
  })
}
