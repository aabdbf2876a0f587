import type { AssignmentDoc, CommentDoc, SyncedRows, SyncedTable } from '@core/team'

/**
 * What the team workspace keeps beside an audit's own tables (issue 18). Dexie stays the single
 * source of truth for the audit; these rows only say what still has to travel and what came back.
 */

/** A shared audit: its database on the server and who is on it. */
export interface TeamAuditRow {
  auditId: string
  database: string
  owner: string
  consultants: string[]
  reviewers: string[]
  /** Read-only for everyone but the firm's admins, enforced by the server. */
  final: boolean
  sharedAt: number
  /** The local PouchDB's update sequence applied into Dexie so far. */
  appliedSeq: number | string
  /**
   * This laptop left the audit (its copy was deleted and purged): nothing of it syncs, and the
   * directory does not bring it back. Sharing it again with this consultant does.
   */
  leftAt?: number
}

/**
 * A change to one document of a shared audit, written in the same transaction as the change
 * itself. Pending while `rev` is absent; once handed to PouchDB it holds the revision written,
 * and is removed when the server holds that revision. The row is a marker, not a copy: what is
 * sent is the row as it is in Dexie when it goes.
 */
export interface OutboxRow {
  seq?: number
  auditId: string
  docId: string
  rev?: string
  /** The server refused the revision (a reviewer's change, a final audit): why, as it said. */
  refused?: string
}

/** The revision of a document the Dexie row was last the same as: the base of the next change. */
export interface DocRevRow {
  auditId: string
  docId: string
  rev: string
}

/** One side of a conflict: a revision, its row (absent when that side deleted it), who and when. */
export interface ConflictVersion<T extends SyncedTable = SyncedTable> {
  rev: string
  row?: SyncedRows[T]
  by: string
  at: number
}

/** Two or more revisions of one document made without seeing each other; never resolved silently. */
export interface ConflictRow {
  auditId: string
  docId: string
  table: SyncedTable
  /** The revision CouchDB picked as winner first; every version is shown all the same. */
  versions: ConflictVersion[]
  detectedAt: number
  /** The consultant chose or merged: the other revisions are deleted at the next send. */
  resolvedAt?: number
}

/** A document only the team workspace has: a reviewer's comment or a section's assignment. */
export interface TeamDocRow {
  auditId: string
  docId: string
  doc: CommentDoc | AssignmentDoc
}
