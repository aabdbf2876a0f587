/**
 * Soft delete (PRODUCT.md §13): a deleted audit or item of evidence keeps its row, with the time
 * it was deleted, so the deletion can be undone for a while; until it is purged it is hidden
 * everywhere. Every read that shows, scores, reports or archives rows asks `isLive`.
 */

/** A row that can be deleted softly. */
export interface SoftDeletable {
  /** Set while a deletion can still be undone. */
  deletedAt?: number
}

/** How long a deleted audit or item can be brought back before it is purged for good. */
export const UNDO_DELETE_MS = 10 * 60 * 1000

/** True for a row that is not deleted. */
export function isLive(row: SoftDeletable): boolean {
  return row.deletedAt === undefined
}

/** True for a row deleted longer ago than the undo window, at time `now`. */
export function isPastUndo(row: SoftDeletable, now: number): boolean {
  return row.deletedAt !== undefined && row.deletedAt < now - UNDO_DELETE_MS
}
