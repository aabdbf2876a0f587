import type { ArchiveSource } from '@core/archive'
import { readBlobInto } from './read-blob-into'

/** An archive file as the archive reader reads it: a range at a time, from disk. */
export interface BlobSource extends ArchiveSource {
  readonly blob: Blob
}

export function blobSource(blob: Blob): BlobSource {
  return {
    blob,
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
    readInto: (start, end, into) => readBlobInto(blob.slice(start, end), into),
  }
}
