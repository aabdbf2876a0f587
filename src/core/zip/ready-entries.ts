import { strToU8 } from 'fflate'

/**
 * An entry whose bytes are ready when it is added to a zip (`StreamZip`): stored as they are
 * (JPEG and PNG gain nothing from deflate) or already deflated, so its size in the zip is known
 * before it is written, and a whole zip's size before its first byte.
 */
export interface ReadyEntry {
  name: string
  /** The entry's bytes as they read when unzipped. */
  bytes: Uint8Array
  /** The same bytes deflated (raw deflate), when the entry is to be compressed. */
  deflated?: Uint8Array
}

// fflate's streaming Zip writes, per entry, a 30-byte local header, the name, the data and a
// 16-byte data descriptor, then a 46-byte directory record with the name again, and a 22-byte
// end record.
const LOCAL_OVERHEAD = 30 + 16
const CENTRAL_OVERHEAD = 46
const END_RECORD = 22

/** The bytes one entry takes in the zip, given how many bytes of it are stored. */
export function readyEntrySize(name: string, storedLength: number): number {
  return LOCAL_OVERHEAD + CENTRAL_OVERHEAD + 2 * strToU8(name).length + storedLength
}

/** The size of a zip of these entries. */
export function readyZipSize(entries: ReadonlyArray<{ name: string; stored: number }>): number {
  return entries.reduce((sum, e) => sum + readyEntrySize(e.name, e.stored), END_RECORD)
}
