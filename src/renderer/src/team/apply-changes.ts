import {
  DESIGN_DOC_ID,
  parseTeamDoc,
  readAuditRules,
  rowKeyOfDocId,
  sameJson,
  sharedRow,
  SYNCED_TABLES,
  type LocalRow,
  type RowDoc,
  type SyncedTable,
} from '@core/team'
import type { Audit } from '@core/audit'
import type { WorkbookDatabase } from '../db/database'
import { markSyncApply } from './outbox-middleware'
import type { StoredDoc, TeamPouch } from './pouch'
import type { ConflictVersion, TeamAuditRow } from './team-rows'

export interface ApplyContext {
  db: WorkbookDatabase
  auditId: string
  local: TeamPouch
  now(): number
  /** A document from the server that fails our schema: refused, told, not applied. */
  onRefused(docId: string, reason: string): void
  /**
   * Whether the server lets this laptop change the audit's rows (not a reviewer's, not a final
   * audit's but for the firm's admins): only then does it settle a conflict by itself.
   */
  mayChangeRows?(team: TeamAuditRow): boolean
}

const BATCH = 100

/**
 * Applies PouchDB's changes to the shared audit's rows in Dexie, from the sequence applied last,
 * without echoing them back to the outbox. Each batch and its sequence are written in one
 * transaction: stopped anywhere, the next run starts where the last one ended. A document with
 * open conflicts keeps CouchDB's winner in the row and every version in the conflicts table.
 */
export async function applyChanges(context: ApplyContext): Promise<number> {
  let applied = 0
  for (;;) {
    const team = await context.db.teamAudits.get(context.auditId)
    if (!team) return applied
    const feed = await context.local.changes({
      since: team.appliedSeq,
      limit: BATCH,
      include_docs: true,
      conflicts: true,
    })
    if (feed.results.length === 0) return applied
    const changes = await Promise.all(
      feed.results.map(async (change) => ({
        doc: change.doc as StoredDoc,
        versions: await versionsOf(context, change.doc as StoredDoc),
      })),
    )
    applied += await writeBatch(context, changes, feed.last_seq)
  }
}

/** Every side of a conflicted document, read before the transaction (PouchDB is another database). */
async function versionsOf(context: ApplyContext, doc: StoredDoc): Promise<ConflictVersion[]> {
  if (!doc._conflicts?.length) return []
  const losers = await Promise.all(
    doc._conflicts.map((rev) => context.local.get(doc._id, { rev }) as Promise<StoredDoc>),
  )
  return [doc, ...losers].flatMap((side) => {
    const parsed = parseTeamDoc(side, context.auditId)
    if (!parsed.ok || parsed.kind !== 'row') return []
    return [{ rev: side._rev, row: parsed.doc.row, by: parsed.doc.by, at: parsed.doc.at }]
  })
}

async function writeBatch(
  context: ApplyContext,
  changes: { doc: StoredDoc; versions: ConflictVersion[] }[],
  lastSeq: number | string,
): Promise<number> {
  const { db, auditId } = context
  if (await onlyEchoes(context, changes)) {
    // This laptop's own changes coming back: only their revisions to note, in a transaction
    // that leaves the audit's tables (and the next keystroke's save) alone.
    await db.transaction('rw', db.teamRevs, db.teamAudits, async () => {
      await db.teamRevs.bulkPut(
        changes.map(({ doc }) => ({ auditId, docId: doc._id, rev: doc._rev })),
      )
      await db.teamAudits.update(auditId, { appliedSeq: lastSeq })
    })
    return 0
  }
  const tables = SYNCED_TABLES.map((name) => db.table(name))
  const scope = [db.teamAudits, db.teamOutbox, db.teamRevs, db.teamConflicts, db.teamDocs]
  return db.transaction('rw', [...tables, ...scope], async (tx) => {
    markSyncApply(tx.idbtrans)
    let applied = 0
    for (const { doc, versions } of changes) {
      if (doc._id === DESIGN_DOC_ID) {
        // The audit's rules as the server enforces them: who reviews, whether it is final.
        const rules = readAuditRules(doc)
        if (rules)
          await db.teamAudits.update(auditId, { reviewers: rules.reviewers, final: rules.final })
        continue
      }
      if (doc._id.startsWith('_design/')) continue
      const parsed = parseTeamDoc(doc, auditId)
      if (!parsed.ok) {
        context.onRefused(parsed.id, parsed.error)
        continue
      }
      if (parsed.kind !== 'row') {
        if (await waitingHere(db, auditId, doc._id)) continue
        const key: [string, string] = [auditId, doc._id]
        if (doc._deleted) await db.teamDocs.delete(key)
        else await db.teamDocs.put({ auditId, docId: doc._id, doc: parsed.doc })
        await db.teamRevs.put({ auditId, docId: doc._id, rev: doc._rev })
        applied += 1
        continue
      }
      await recordConflict(context, parsed.doc, versions)
      if (await applyRow(db, auditId, parsed.doc)) applied += 1
    }
    await db.teamAudits.update(auditId, { appliedSeq: lastSeq })
    return applied
  })
}

/**
 * Whether every change is a row document, with no conflict, that the row here already matches:
 * read outside any transaction, which is safe because such a change only notes a revision (a
 * save made meanwhile is sent as a child of that same revision).
 */
async function onlyEchoes(
  context: ApplyContext,
  changes: { doc: StoredDoc; versions: ConflictVersion[] }[],
): Promise<boolean> {
  const { db, auditId } = context
  const conflicts = await db.teamConflicts.bulkGet(
    changes.map(({ doc }): [string, string] => [auditId, doc._id]),
  )
  if (conflicts.some((conflict) => conflict !== undefined)) return false
  for (const { doc, versions } of changes) {
    if (versions.length > 0) return false
    const parsed = parseTeamDoc(doc, auditId)
    if (!parsed.ok || parsed.kind !== 'row') return false
    const key = rowKeyOfDocId(auditId, doc._id)
    if (key === undefined) return false
    const current = (await db.table(parsed.doc.table).get(key)) as LocalRow<SyncedTable> | undefined
    const same =
      parsed.doc.row === undefined
        ? current === undefined
        : current !== undefined && sameJson(sharedRow(parsed.doc.table, current), parsed.doc.row)
    if (!same) return false
  }
  return true
}

async function recordConflict(
  context: ApplyContext,
  doc: RowDoc,
  versions: ConflictVersion[],
): Promise<void> {
  const key: [string, string] = [context.auditId, doc._id]
  if (versions.length < 2) {
    await context.db.teamConflicts.delete(key)
    return
  }
  const known = await context.db.teamConflicts.get(key)
  const sameRevs = sameJson(
    known?.versions.map((v) => v.rev).sort(),
    versions.map((v) => v.rev).sort(),
  )
  if (known && sameRevs) return
  const agreed = versions.every((version) => sameJson(version.row, versions[0]!.row))
  if (agreed && !(await mayChangeRows(context))) {
    // Nothing to choose between, and the server would refuse this laptop's settling it: one of
    // the consultants' laptops settles it, and the row here already holds the content.
    await context.db.teamConflicts.delete(key)
    return
  }
  await context.db.teamConflicts.put({
    auditId: context.auditId,
    docId: doc._id,
    table: doc.table,
    versions,
    detectedAt: context.now(),
    // Both made the same change (the audit moved to "in progress" by each one's first answer):
    // nothing to choose between, so it is settled as a consultant's choice would be: the other
    // revisions are deleted at the next send.
    ...(agreed ? { resolvedAt: context.now() } : {}),
  })
  if (agreed) await context.db.teamOutbox.add({ auditId: context.auditId, docId: doc._id })
}

async function mayChangeRows(context: ApplyContext): Promise<boolean> {
  const team = await context.db.teamAudits.get(context.auditId)
  return team !== undefined && (context.mayChangeRows?.(team) ?? true)
}

/**
 * Brings the row in step with the document, unless a change made here is still waiting to be
 * sent: that one goes first, and meeting this revision it becomes a conflict, not a loss.
 */
async function applyRow(db: WorkbookDatabase, auditId: string, doc: RowDoc): Promise<boolean> {
  if (await waitingHere(db, auditId, doc._id)) return false
  const table = db.table(doc.table)
  const key = rowKeyOfDocId(auditId, doc._id)
  if (key === undefined) return false
  const current = (await table.get(key)) as LocalRow<SyncedTable> | undefined
  let changed = false
  if (doc.row === undefined) {
    if (current !== undefined) {
      await table.delete(key)
      changed = true
    }
  } else if (current === undefined || !sameJson(sharedRow(doc.table, current), doc.row)) {
    await table.put(doc.table === 'audits' ? withLocalFields(doc, current as Audit) : doc.row)
    changed = true
  }
  if (doc._rev !== undefined) await db.teamRevs.put({ auditId, docId: doc._id, rev: doc._rev })
  return changed
}

/** A change made here to this document is still to be sent. */
async function waitingHere(db: WorkbookDatabase, auditId: string, docId: string): Promise<boolean> {
  const waiting = await db.teamOutbox
    .where('[auditId+docId]')
    .equals([auditId, docId])
    .filter((row) => row.rev === undefined)
    .count()
  return waiting > 0
}

/** An audit's document, with what stays on this laptop kept, and moved to the time of the change. */
function withLocalFields(doc: RowDoc, local: Audit | undefined): Audit {
  const shared = doc.row as Omit<Audit, 'updatedAt'>
  return {
    ...shared,
    ...(local?.archivedAt !== undefined ? { archivedAt: local.archivedAt } : {}),
    ...(local?.deletedAt !== undefined ? { deletedAt: local.deletedAt } : {}),
    updatedAt: Math.max(local?.updatedAt ?? 0, doc.at),
  }
}
