import { ArchiveError, NOTHING_IMPORTED } from './errors'
import type { ArchiveSource } from './types'

/**
 * Reads a zip's central directory — its table of contents — without inflating anything, so the
 * entry count, names and declared sizes are judged before a single byte is expanded. Only what
 * Audit Workbook writes is accepted: one disk, no ZIP64, no encryption, stored or deflated. Only
 * the file's tail and its directory are read, never the whole file.
 */

export interface ZipEntry {
  /** The raw name bytes read one byte per character (any non-ASCII byte fails the allowlist). */
  name: string
  method: number
  compressedSize: number
  /** The inflated size the directory declares; the reader holds the entry to it. */
  size: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
const CENTRAL_HEADER_SIZE = 46
const LOCAL_HEADER_SIZE = 30
const MAX_COMMENT = 0xffff
/** The ZIP64 locator, when there is one, lies just before the end record. */
const ZIP64_LOCATOR_SIZE = 20
/**
 * A directory record of ours takes about 80 bytes; one far larger per entry is not the table of
 * contents of an archive the app could have written, and is not read into memory.
 */
const MAX_DIRECTORY_BYTES_PER_ENTRY = 512

export const STORED = 0
export const DEFLATED = 8

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8)
const u32 = (b: Uint8Array, at: number): number =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0

const latin1 = (b: Uint8Array): string => {
  let out = ''
  for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i]!)
  return out
}

function damaged(detail: string): ArchiveError {
  return new ArchiveError(
    'damaged',
    `The archive is damaged (${detail}). Use another copy of it. ${NOTHING_IMPORTED}`,
  )
}

function looksLikeZipStart(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIGNATURE
}

/** Where the end-of-central-directory record starts in `tail`, the last bytes of the file. */
function findEndRecord(tail: Uint8Array): number | undefined {
  const last = tail.length - EOCD_SIZE
  const first = Math.max(0, last - MAX_COMMENT)
  for (let at = last; at >= first; at--) {
    if (u32(tail, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(tail, at + 20) === tail.length)
      return at
  }
  return undefined
}

/** Why a file without an end record is refused, judged from its first bytes. */
function withoutEndRecord(size: number, head: Uint8Array): ArchiveError {
  if (size === 0) return new ArchiveError('not-zip', `The file is empty. ${NOTHING_IMPORTED}`)
  if (looksLikeZipStart(head))
    return new ArchiveError(
      'truncated',
      `The archive is incomplete: the file ends before its table of contents, as a copy or download cut short would. Use a complete copy of it. ${NOTHING_IMPORTED}`,
    )
  return new ArchiveError(
    'not-zip',
    `This file is not an Audit Workbook archive (it is not a zip file at all). Choose a file ending in .auditwb. ${NOTHING_IMPORTED}`,
  )
}

export interface ZipDirectory {
  entries: ZipEntry[]
  /** Where the central directory starts: no entry's data may reach past it. */
  directoryOffset: number
}

interface EndRecord {
  count: number
  directoryOffset: number
  directorySize: number
}

/** The end record at `end` of `tail`, which starts `tailStart` bytes into the file. */
function readEndRecord(tail: Uint8Array, end: number, tailStart: number): EndRecord {
  if (end >= ZIP64_LOCATOR_SIZE && u32(tail, end - ZIP64_LOCATOR_SIZE) === ZIP64_LOCATOR_SIGNATURE)
    throw new ArchiveError(
      'unsupported',
      `This archive uses ZIP64, which Audit Workbook never writes; it was made or changed by another program. ${NOTHING_IMPORTED}`,
    )
  const count = u16(tail, end + 10)
  if (u16(tail, end + 4) !== 0 || u16(tail, end + 6) !== 0 || u16(tail, end + 8) !== count)
    throw new ArchiveError(
      'unsupported',
      `This archive is split over several files, which Audit Workbook never does. ${NOTHING_IMPORTED}`,
    )
  const directorySize = u32(tail, end + 12)
  const directoryOffset = u32(tail, end + 16)
  if (directoryOffset + directorySize > tailStart + end)
    throw damaged('its table of contents points outside the file')
  return { count, directoryOffset, directorySize }
}

/** The records of the central directory, `bytes` being all of it and nothing else. */
function parseDirectory(bytes: Uint8Array, count: number, maxEntries: number): ZipEntry[] {
  const entries: ZipEntry[] = []
  let at = 0
  while (at < bytes.length) {
    if (entries.length === maxEntries)
      throw new ArchiveError(
        'too-many-entries',
        `The archive holds more than ${maxEntries.toLocaleString('en')} entries, more than Audit Workbook accepts. ${NOTHING_IMPORTED}`,
      )
    if (at + CENTRAL_HEADER_SIZE > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE)
      throw damaged('its table of contents is broken')
    const flags = u16(bytes, at + 8)
    const method = u16(bytes, at + 10)
    const nameLength = u16(bytes, at + 28)
    const next = at + CENTRAL_HEADER_SIZE + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
    if (next > bytes.length) throw damaged('its table of contents is broken')
    if (flags & 1)
      throw new ArchiveError(
        'unsupported',
        `This archive is encrypted, which Audit Workbook archives never are. ${NOTHING_IMPORTED}`,
      )
    if (method !== STORED && method !== DEFLATED)
      throw new ArchiveError(
        'unsupported',
        `This archive uses a compression method Audit Workbook never writes (method ${method}). ${NOTHING_IMPORTED}`,
      )
    entries.push({
      name: latin1(bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength)),
      method,
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    })
    at = next
  }
  // The end record's count is 16 bits wide; a writer with more entries wraps it.
  if (entries.length % 0x10000 !== count)
    throw damaged('its table of contents does not match its own entry count')
  return entries
}

/** Every entry the central directory lists, refusing the archive as soon as there are too many. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const end = findEndRecord(bytes)
  if (end === undefined) throw withoutEndRecord(bytes.length, bytes.subarray(0, 4))
  const record = readEndRecord(bytes, end, 0)
  const { directoryOffset, directorySize } = record
  const directory = bytes.subarray(directoryOffset, directoryOffset + directorySize)
  return { entries: parseDirectory(directory, record.count, maxEntries), directoryOffset }
}

/**
 * The same, from a file read a range at a time: its tail, then its directory (held to a size
 * its entry limit could need), never the rest.
 */
export async function readZipDirectoryOf(
  source: ArchiveSource,
  maxEntries: number,
): Promise<ZipDirectory> {
  const tailStart = Math.max(0, source.size - EOCD_SIZE - MAX_COMMENT - ZIP64_LOCATOR_SIZE)
  const tail = await source.read(tailStart, source.size)
  const end = findEndRecord(tail)
  if (end === undefined)
    throw withoutEndRecord(source.size, await source.read(0, Math.min(4, source.size)))
  const record = readEndRecord(tail, end, tailStart)
  const { directoryOffset, directorySize } = record
  if (directorySize > maxEntries * MAX_DIRECTORY_BYTES_PER_ENTRY)
    throw new ArchiveError(
      'too-many-entries',
      `The archive's table of contents is larger than that of any archive Audit Workbook accepts (at most ${maxEntries.toLocaleString('en')} entries). ${NOTHING_IMPORTED}`,
    )
  const directory = await source.read(directoryOffset, directoryOffset + directorySize)
  return { entries: parseDirectory(directory, record.count, maxEntries), directoryOffset }
}

/** Reads a range of the archive (the file itself, or a window over it). */
export interface RangeReader {
  read(start: number, end: number): Promise<Uint8Array>
}

function notWhereItShouldBe(entry: ZipEntry): ArchiveError {
  return damaged(`the entry ${JSON.stringify(entry.name)} cannot be found where it should be`)
}

/**
 * Where an entry's data lies, from its local header (`header`, its 30 fixed bytes) and the name
 * read after it: they must agree with the directory (same name, same method), and the data must
 * end before the directory starts.
 */
function dataRange(
  header: Uint8Array,
  readName: (start: number, end: number) => string,
  entry: ZipEntry,
  directoryOffset: number,
): { start: number; end: number } {
  if (u32(header, 0) !== LOCAL_SIGNATURE) throw notWhereItShouldBe(entry)
  const at = entry.localHeaderOffset
  const nameEnd = at + LOCAL_HEADER_SIZE + u16(header, 26)
  const start = nameEnd + u16(header, 28)
  const localName =
    nameEnd > directoryOffset ? undefined : readName(at + LOCAL_HEADER_SIZE, nameEnd)
  if (localName !== entry.name || u16(header, 8) !== entry.method)
    throw damaged(`the entry ${JSON.stringify(entry.name)} is described two different ways`)
  const end = start + entry.compressedSize
  if (end > directoryOffset) throw damaged(`the entry ${JSON.stringify(entry.name)} is cut short`)
  return { start, end }
}

/** Where an entry's data lies in a zip held whole in memory (see `dataRange`). */
export function locateEntryData(
  bytes: Uint8Array,
  entry: ZipEntry,
  directoryOffset: number,
): { start: number; end: number } {
  const at = entry.localHeaderOffset
  if (at + LOCAL_HEADER_SIZE > directoryOffset) throw notWhereItShouldBe(entry)
  return dataRange(
    bytes.subarray(at, at + LOCAL_HEADER_SIZE),
    (start, end) => latin1(bytes.subarray(start, end)),
    entry,
    directoryOffset,
  )
}

/** The same, reading the header and its name from a file. */
export async function locateEntryDataIn(
  reader: RangeReader,
  entry: ZipEntry,
  directoryOffset: number,
): Promise<{ start: number; end: number }> {
  const at = entry.localHeaderOffset
  if (at + LOCAL_HEADER_SIZE > directoryOffset) throw notWhereItShouldBe(entry)
  // A copy: reading the name may read over the window the header lies in.
  const header = (await reader.read(at, at + LOCAL_HEADER_SIZE)).slice()
  // The name is read only when the header is one: its length is a header field.
  const nameEnd = at + LOCAL_HEADER_SIZE + u16(header, 26)
  const name =
    u32(header, 0) === LOCAL_SIGNATURE && nameEnd <= directoryOffset
      ? await reader.read(at + LOCAL_HEADER_SIZE, nameEnd)
      : new Uint8Array(0)
  return dataRange(header, () => latin1(name), entry, directoryOffset)
}

/** Two entries whose data overlap (one byte range read as several entries). */
export function entriesOverlap(first: string, second: string): ArchiveError {
  return damaged(`the entries ${JSON.stringify(first)} and ${JSON.stringify(second)} overlap`)
}
