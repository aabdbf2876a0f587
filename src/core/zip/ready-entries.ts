import { strToU8, Zip } from 'fflate'
import { readyZipFile } from './stream-zip'

/**
 * Zips entries whose bytes are already in memory, with fflate's streaming `Zip` doing the zip
 * format: stored entries as they are (JPEG and PNG gain nothing from deflate) or already
 * deflated ones, each with a CRC computed by our faster CRC-32, into one buffer of exactly the
 * right size — no chunk list to join, no second copy of the output.
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

/**
 * A zip of a planned size, written entry by entry into one buffer as the entries become ready
 * (the archive writer adds evidence files as it reads them).
 */
export class ReadyZip {
  readonly bytes: Uint8Array<ArrayBuffer>
  /** How many bytes are written so far, for progress. */
  written = 0
  private readonly zip: Zip

  constructor(
    readonly total: number,
    private readonly mtime: number,
  ) {
    this.bytes = new Uint8Array(total)
    this.zip = new Zip((error, chunk) => {
      if (error) throw error
      this.bytes.set(chunk, this.written)
      this.written += chunk.length
    })
  }

  /** Adds one ready entry; fflate writes its headers, descriptor and directory record. */
  add(entry: ReadyEntry): void {
    const file = readyZipFile(entry, this.mtime)
    this.zip.add(file)
    file.ondata?.(null, (entry.deflated ?? entry.bytes) as Uint8Array<ArrayBuffer>, true)
  }

  /** Writes the directory; the zip must have come out exactly the size planned. */
  end(): Uint8Array<ArrayBuffer> {
    this.zip.end()
    if (this.written !== this.total)
      throw new Error(`The zip took ${this.written} bytes, not the ${this.total} planned.`)
    return this.bytes
  }
}

/** A whole zip of ready entries, in their order. */
export function zipReadyEntries(entries: readonly ReadyEntry[], mtime: number): Uint8Array {
  const zip = new ReadyZip(
    readyZipSize(entries.map((e) => ({ name: e.name, stored: (e.deflated ?? e.bytes).length }))),
    mtime,
  )
  for (const entry of entries) zip.add(entry)
  return zip.end()
}
