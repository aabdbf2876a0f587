import { Zip, type ZipInputFile } from 'fflate'
import { stripNonXmlChars } from '../text/xml-chars'
import { crc32 } from './crc32'
import type { ReadyEntry } from './ready-entries'

/** Where a streamed zip goes: each chunk is written (to a file, a download) before the next. */
export type ZipSink = (chunk: Uint8Array) => Promise<void>

/** 1 MiB: few enough writes through the bridge, little enough held while one is written. */
export const ZIP_CHUNK_BYTES = 1024 * 1024

/** The zip format without zip64 counts offsets and sizes in 32 bits. */
export const MAX_ZIP_BYTES = 2 ** 32 - 1

/**
 * fflate's description of one ready entry: its CRC (by our faster CRC-32) and size are known
 * before its header is written, so no data descriptor needs them after.
 */
export function readyZipFile(entry: ReadyEntry, mtime: number): ZipInputFile {
  // Stripping the name here would break the part or manifest entry that refers to it.
  if (stripNonXmlChars(entry.name) !== entry.name)
    throw new Error(
      `A zip entry name holds a character XML cannot hold: ${JSON.stringify(entry.name)}`,
    )
  return {
    filename: entry.name,
    size: entry.bytes.length,
    crc: crc32(entry.bytes),
    compression: entry.deflated ? 8 : 0,
    mtime,
  }
}

/**
 * A zip written entry by entry to an async sink, with fflate's streaming `Zip` doing the format.
 * Each `add` resolves once the entry's bytes have gone to the sink (in chunks of at most
 * `chunkBytes`; small pieces such as headers are gathered into one), so the caller holds only
 * the entry it is adding: memory does not grow with the zip.
 */
export class StreamZip {
  /** Bytes the sink has taken so far, for progress. */
  written = 0
  private readonly zip: Zip
  private queue: Uint8Array[] = []
  private queued = 0
  private failed: unknown

  constructor(
    private readonly sink: ZipSink,
    private readonly mtime: number,
    private readonly chunkBytes = ZIP_CHUNK_BYTES,
  ) {
    // fflate calls this synchronously, within `add` and `end`; the bytes wait for `drain`.
    this.zip = new Zip((error, chunk) => {
      if (error) this.failed = error
      else if (chunk.length > 0) {
        this.queue.push(chunk)
        this.queued += chunk.length
      }
    })
  }

  /** Writes one ready entry: header, data (stored, or deflated beforehand) and descriptor. */
  async add(entry: ReadyEntry): Promise<void> {
    const file = readyZipFile(entry, this.mtime)
    this.zip.add(file)
    file.ondata?.(null, (entry.deflated ?? entry.bytes) as Uint8Array<ArrayBuffer>, true)
    await this.drain(false)
  }

  /** Writes the central directory and the end record, and everything still gathered. */
  async end(): Promise<void> {
    this.zip.end()
    await this.drain(true)
  }

  private async drain(all: boolean): Promise<void> {
    if (this.failed) throw this.failed
    while (this.queued >= this.chunkBytes || (all && this.queued > 0)) {
      const chunk = this.take(Math.min(this.chunkBytes, this.queued))
      if (this.written + chunk.length > MAX_ZIP_BYTES)
        throw new Error('The file would be larger than 4 GB, more than a zip file can hold.')
      await this.sink(chunk)
      this.written += chunk.length
    }
  }

  /** The next `size` bytes gathered: a view of one piece when it holds them, else a copy. */
  private take(size: number): Uint8Array {
    const first = this.queue[0]!
    if (first.length >= size) {
      if (first.length === size) this.queue.shift()
      else this.queue[0] = first.subarray(size)
      this.queued -= size
      return first.subarray(0, size)
    }
    const out = new Uint8Array(size)
    let at = 0
    while (at < size) {
      const piece = this.queue[0]!
      const used = Math.min(piece.length, size - at)
      out.set(piece.subarray(0, used), at)
      at += used
      if (used === piece.length) this.queue.shift()
      else this.queue[0] = piece.subarray(used)
    }
    this.queued -= size
    return out
  }
}

/** A sink that keeps every chunk, and the zip they make, for tests and small in-memory files. */
export function memorySink(): { sink: ZipSink; bytes(): Uint8Array<ArrayBuffer> } {
  const chunks: Uint8Array[] = []
  return {
    sink: async (chunk) => void chunks.push(chunk.slice()),
    bytes: () => {
      const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0))
      let at = 0
      for (const chunk of chunks) {
        out.set(chunk, at)
        at += chunk.length
      }
      return out
    },
  }
}
