import { extractEntry } from './extract-entry'
import type { ArchivedFile, ArchiveSource } from './types'
import { STORED } from './zip-directory'

/** An archive already in memory (tests, the recovery check): reads are views, never copies. */
export function bytesSource(bytes: Uint8Array): ArchiveSource {
  return {
    size: bytes.length,
    read: (start, end) => Promise.resolve(bytes.subarray(start, end)),
  }
}

/** How much of the file one read brings in when the reader walks through it. */
const WINDOW_BYTES = 4 * 1024 * 1024

/**
 * Reads a source front to back in windows of a few megabytes, so thousands of small entries cost
 * a few hundred reads rather than two each; a range larger than a window is read on its own.
 * Where the source can read into a buffer, every window reuses one: a view handed out is good
 * only until the next read (take what is needed from it, or copy it, before reading on).
 */
export class WindowedReader {
  private windowStart = 0
  private window: Uint8Array = new Uint8Array(0)
  private spare: ArrayBuffer | undefined

  constructor(
    private readonly source: ArchiveSource,
    private readonly windowBytes = WINDOW_BYTES,
  ) {}

  async read(start: number, end: number): Promise<Uint8Array> {
    const offset = start - this.windowStart
    if (offset >= 0 && end - this.windowStart <= this.window.length)
      return this.window.subarray(offset, end - this.windowStart)
    if (end - start >= this.windowBytes) return this.source.read(start, end)
    const to = Math.min(this.source.size, start + this.windowBytes)
    if (this.source.readInto) {
      const into = this.spare ?? new ArrayBuffer(this.windowBytes)
      this.spare = undefined
      this.window = await this.source.readInto(start, to, into)
      this.spare = this.window.buffer as ArrayBuffer
    } else {
      this.window = await this.source.read(start, to)
    }
    this.windowStart = start
    return this.window.subarray(0, end - start)
  }
}

/** The inflated bytes of a checked archive's evidence entry, read again from its file. */
export async function readArchivedFile(
  source: ArchiveSource,
  file: ArchivedFile,
): Promise<Uint8Array> {
  return extractEntry(await source.read(file.start, file.start + file.compressedSize), file)
}

/** Whether an entry's bytes lie in the file as they are (so a slice of the file is the file). */
export function isStored(file: ArchivedFile): boolean {
  return file.method === STORED
}
