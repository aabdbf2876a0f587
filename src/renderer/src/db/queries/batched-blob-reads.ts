import { liveQuery } from 'dexie'
import type { EvidenceBlobRole } from '@core/evidence'
import type { WorkbookDatabase } from '../database'

interface Waiting {
  id: string
  resolve: (blob: Blob | undefined) => void
  reject: (error: unknown) => void
}

/**
 * Reads one stored stream of an item, gathered with every other read asked for in the same
 * moment into one IndexedDB request: the rows a scrolled list brings into view each ask for their
 * thumbnail as they mount, and a dozen requests become one. `settleMs`: how long to gather.
 */
export type BlobRead = (id: string) => Promise<Blob | undefined>

export function batchedBlobReads(
  db: WorkbookDatabase,
  role: EvidenceBlobRole,
  settleMs = 0,
): BlobRead {
  let waiting: Waiting[] = []
  const flush = () => {
    const batch = waiting
    waiting = []
    db.evidenceBlobs.bulkGet(batch.map(({ id }): [string, EvidenceBlobRole] => [id, role])).then(
      (rows) => batch.forEach((read, i) => read.resolve(rows[i]?.blob)),
      (error: unknown) => batch.forEach((read) => read.reject(error)),
    )
  }
  return (id) =>
    new Promise((resolve, reject) => {
      // The rows of one render mount in one pass: a moment later, they have all asked.
      if (waiting.length === 0) setTimeout(flush, settleMs)
      waiting.push({ id, resolve, reject })
    })
}

const thumbnailReads = new WeakMap<WorkbookDatabase, BlobRead>()

/**
 * Long enough for a row flung past in a fast scroll to be gone before its thumbnail arrives: a
 * thumbnail shown makes a `blob:` URL and decodes an image, work wasted on a row not looked at.
 */
const THUMBNAIL_SETTLE_MS = 80

/** The thumbnail of an item, read together with the others asked for at the same time. */
export function readThumbnail(db: WorkbookDatabase, id: string): Promise<Blob | undefined> {
  let read = thumbnailReads.get(db)
  if (!read) {
    read = batchedBlobReads(db, 'thumbnail', THUMBNAIL_SETTLE_MS)
    thumbnailReads.set(db, read)
  }
  return read(id)
}

/**
 * An item's thumbnail handed to `show` once read (batched, as above) or, when it is not stored
 * yet, once it is: an item from the team workspace arrives before its files (issue 18), and its
 * tile is on screen meanwhile. Only such an item is watched, so a long list stays one read per
 * scroll. Returns the function that stops it.
 */
export function watchThumbnail(
  db: WorkbookDatabase,
  id: string,
  show: (blob: Blob) => void,
): () => void {
  let stopped = false
  let stopWatching = () => {}
  readThumbnail(db, id).then(
    (blob) => {
      if (stopped) return
      if (blob) return show(blob)
      const subscription = liveQuery(() => db.evidenceBlobs.get([id, 'thumbnail'])).subscribe({
        next(row) {
          if (!row || stopped) return
          subscription.unsubscribe()
          show(row.blob)
        },
        // A thumbnail that cannot be read leaves its place empty; the item is still listed.
        error: () => undefined,
      })
      stopWatching = () => subscription.unsubscribe()
    },
    () => undefined,
  )
  return () => {
    stopped = true
    stopWatching()
  }
}
