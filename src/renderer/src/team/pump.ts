import {
  isTeamDocId,
  rowKeyOfDocId,
  documentOfRow,
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

/** Outbox rows taken at once: one PouchDB read, one write and one outbox update for them all. */
const BATCH = 250

/**
 * Hands the outbox to PouchDB, oldest change first: what is written is the row as Dexie holds it
 * now (the outbox only marks what changed). Safe to stop anywhere: a document whose content
 * PouchDB already holds is not written again, so a pump killed between PouchDB's write and the
 * outbox's update neither loses nor duplicates a revision.
 */
export async function pumpOutbox(context: PumpContext): Promise<number> {
  let written = 0
  for (;;) {
    const pending = await context.db.teamOutbox
      .filter((row) => row.rev === undefined)
      .limit(BATCH)
      .toArray()
    if (pending.length === 0) return written
    const byAudit = new Map<string, [string, number][]>()
    for (const [auditId, docId, upTo] of documentsOf(pending))
      byAudit.set(auditId, [...(byAudit.get(auditId) ?? []), [docId, upTo]])
    for (const [auditId, documents] of byAudit)
      written += await sendDocuments(context, auditId, documents)
  }
}

interface Sent {
  docId: string
  upTo: number
  /** The revision PouchDB holds the document at; undefined when there is nothing to send. */
  rev: string | undefined
}

/**
 * The common case in bulk: documents with no conflict, whose base is PouchDB's current revision
 * (or which are new), are written in one `bulkDocs`. A document whose base is stale, which has
 * conflicts, or whose conflict the consultant resolved goes through `sendDocument`, one by one.
 */
async function sendDocuments(
  context: PumpContext,
  auditId: string,
  documents: [string, number][],
): Promise<number> {
  const { db } = context
  if (!(await db.teamAudits.get(auditId))) {
    // No longer shared: nothing to send.
    await clearPending(
      db,
      auditId,
      documents.map(([docId, upTo]) => ({ docId, upTo, rev: undefined })),
    )
    return 0
  }
  const local = context.localOf(auditId)
  const ids = documents.map(([docId]) => docId)
  const [desired, bases, conflicts, found] = await Promise.all([
    Promise.all(ids.map((docId) => desiredDoc(context, auditId, docId))),
    db.teamRevs.bulkGet(ids.map((docId): [string, string] => [auditId, docId])),
    db.teamConflicts.bulkGet(ids.map((docId): [string, string] => [auditId, docId])),
    local.allDocs({ keys: ids, include_docs: true, conflicts: true }),
  ])
  const sent: Sent[] = []
  const writes: { index: number; doc: Desired }[] = []
  const oneByOne: number[] = []
  documents.forEach(([docId, upTo], index) => {
    const want = desired[index]
    if (want === undefined) return void sent.push({ docId, upTo, rev: undefined })
    const held = found.rows[index]
    const current = held && 'value' in held ? held.value : undefined
    const winner = held && 'doc' in held ? (held.doc ?? undefined) : undefined
    const base = bases[index]?.rev
    if (winner?._conflicts?.length || conflicts[index]?.resolvedAt !== undefined)
      return void oneByOne.push(index)
    if (current === undefined) {
      if (want._deleted) sent.push({ docId, upTo, rev: undefined })
      else writes.push({ index, doc: want })
    } else if (current.deleted ? want._deleted : winner && holdsSame(winner, want)) {
      // The revision this row was last in step with holds it already: sent before (its row is
      // waiting for the server) or come from the server; nothing new to wait for.
      sent.push({ docId, upTo, rev: base === current.rev ? undefined : current.rev })
    } else if (base === current.rev) {
      writes.push({ index, doc: { ...want, _rev: current.rev } })
    } else oneByOne.push(index)
  })
  let written = 0
  if (writes.length > 0) {
    const results = await local.bulkDocs(writes.map(({ doc }) => doc))
    writes.forEach(({ index }, at) => {
      const [docId, upTo] = documents[index]!
      const result = results[at]
      // A write PouchDB refused (another revision came in meanwhile) goes one by one below.
      if (result && 'rev' in result && !('error' in result && result.error)) {
        sent.push({ docId, upTo, rev: result.rev })
        written += 1
      } else oneByOne.push(index)
    })
  }
  await clearPending(db, auditId, sent)
  for (const index of oneByOne) {
    const [docId, upTo] = documents[index]!
    if (await sendDocument(context, auditId, docId, upTo)) written += 1
  }
  return written
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
    await clearPending(db, auditId, [{ docId, upTo, rev: undefined }])
    return false
  }
  const local = context.localOf(auditId)
  const base = (await db.teamRevs.get([auditId, docId]))?.rev
  const leaves = await leavesOf(local, docId)
  const resolved = (await db.teamConflicts.get([auditId, docId]))?.resolvedAt !== undefined
  const living = leaves.filter((leaf) => !leaf._deleted)
  if (resolved && living.length > 1) {
    const rev = await settleConflict(local, desired, living, context)
    await clearPending(db, auditId, [{ docId, upTo, rev }])
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
  await clearPending(db, auditId, [{ docId, upTo, rev }])
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
    return row === undefined ? deletion : documentOfRow(table, row, context.author, context.now())
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
 * Each document's changes up to `upTo` are in PouchDB as `rev` (or need not go): the pending rows
 * go, one row remembers the revision until the server holds it, and it is the next change's
 * base. One transaction for the whole batch.
 */
async function clearPending(db: WorkbookDatabase, auditId: string, sent: Sent[]): Promise<void> {
  if (sent.length === 0) return
  await db.transaction('rw', db.teamOutbox, db.teamRevs, db.teamConflicts, async () => {
    for (const { docId, upTo, rev } of sent) {
      const key: [string, string] = [auditId, docId]
      const conflict = await db.teamConflicts.get(key)
      if (conflict?.resolvedAt !== undefined) await db.teamConflicts.delete(key)
      const rows = db.teamOutbox.where('[auditId+docId]').equals(key)
      await rows.filter((row) => row.rev === undefined && (row.seq ?? 0) <= upTo).delete()
      if (rev === undefined) continue
      await rows.filter((row) => row.rev !== undefined && row.refused === undefined).delete()
      await db.teamOutbox.add({ auditId, docId, rev })
      await db.teamRevs.put({ auditId, docId, rev })
    }
  })
}
