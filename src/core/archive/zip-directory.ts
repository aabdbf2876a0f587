import { ArchiveError, NOTHING_IMPORTED } from './errors'

/**
 * Reads a zip's central directory — its table of contents — without inflating anything, so the
 * entry count, names and declared sizes are judged before a single byte is expanded. Only what
 * Audit Workbook writes is accepted: one disk, no ZIP64, no encryption, stored or deflated.
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

/** The end-of-central-directory record: the last record of a zip, after an optional comment. */
function findEndRecord(bytes: Uint8Array): number {
  const last = bytes.length - EOCD_SIZE
  const first = Math.max(0, last - MAX_COMMENT)
  for (let at = last; at >= first; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(bytes, at + 20) === bytes.length)
      return at
  }
  if (bytes.length === 0)
    throw new ArchiveError('not-zip', `The file is empty. ${NOTHING_IMPORTED}`)
  if (looksLikeZipStart(bytes))
    throw new ArchiveError(
      'truncated',
      `The archive is incomplete: the file ends before its table of contents, as a copy or download cut short would. Use a complete copy of it. ${NOTHING_IMPORTED}`,
    )
  throw new ArchiveError(
    'not-zip',
    `This file is not an Audit Workbook archive (it is not a zip file at all). Choose a file ending in .auditwb. ${NOTHING_IMPORTED}`,
  )
}

export interface ZipDirectory {
  entries: ZipEntry[]
  /** Where the central directory starts: no entry's data may reach past it. */
  directoryOffset: number
}

/** Every entry the central directory lists, refusing the archive as soon as there are too many. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const end = findEndRecord(bytes)
  if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR_SIGNATURE)
    throw new ArchiveError(
      'unsupported',
      `This archive uses ZIP64, which Audit Workbook never writes; it was made or changed by another program. ${NOTHING_IMPORTED}`,
    )
  const disk = u16(bytes, end + 4)
  const directoryDisk = u16(bytes, end + 6)
  const countOnDisk = u16(bytes, end + 8)
  const count = u16(bytes, end + 10)
  const directorySize = u32(bytes, end + 12)
  const directoryOffset = u32(bytes, end + 16)
  if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count)
    throw new ArchiveError(
      'unsupported',
      `This archive is split over several files, which Audit Workbook never does. ${NOTHING_IMPORTED}`,
    )
  const directoryEnd = directoryOffset + directorySize
  if (directoryEnd > end) throw damaged('its table of contents points outside the file')

  const entries: ZipEntry[] = []
  let at = directoryOffset
  while (at < directoryEnd) {
    if (entries.length === maxEntries)
      throw new ArchiveError(
        'too-many-entries',
        `The archive holds more than ${maxEntries.toLocaleString('en')} entries, more than Audit Workbook accepts. ${NOTHING_IMPORTED}`,
      )
    if (at + CENTRAL_HEADER_SIZE > directoryEnd || u32(bytes, at) !== CENTRAL_SIGNATURE)
      throw damaged('its table of contents is broken')
    const flags = u16(bytes, at + 8)
    const method = u16(bytes, at + 10)
    const nameLength = u16(bytes, at + 28)
    const next = at + CENTRAL_HEADER_SIZE + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
    if (next > directoryEnd) throw damaged('its table of contents is broken')
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
  if (at !== directoryEnd || entries.length % 0x10000 !== count)
    throw damaged('its table of contents does not match its own entry count')
  return { entries, directoryOffset }
}

/**
 * Where an entry's data lies, after checking its local header agrees with the directory: same
 * name, same method, and data that ends before the directory starts.
 */
export function locateEntryData(
  bytes: Uint8Array,
  entry: ZipEntry,
  directoryOffset: number,
): { start: number; end: number } {
  const at = entry.localHeaderOffset
  if (at + LOCAL_HEADER_SIZE > directoryOffset || u32(bytes, at) !== LOCAL_SIGNATURE)
    throw damaged(`the entry ${JSON.stringify(entry.name)} cannot be found where it should be`)
  const nameLength = u16(bytes, at + 26)
  const start = at + LOCAL_HEADER_SIZE + nameLength + u16(bytes, at + 28)
  const localName = latin1(
    bytes.subarray(at + LOCAL_HEADER_SIZE, at + LOCAL_HEADER_SIZE + nameLength),
  )
  if (localName !== entry.name || u16(bytes, at + 8) !== entry.method)
    throw damaged(`the entry ${JSON.stringify(entry.name)} is described two different ways`)
  const end = start + entry.compressedSize
  if (end > directoryOffset) throw damaged(`the entry ${JSON.stringify(entry.name)} is cut short`)
  return { start, end }
}

/** Entries whose data overlap (one byte range read as several entries) are refused. */
export function checkNoOverlap(
  ranges: readonly { name: string; header: number; end: number }[],
): void {
  const sorted = [...ranges].sort((a, b) => a.header - b.header)
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!
    if (sorted[i]!.header < previous.end)
      throw damaged(
        `the entries ${JSON.stringify(previous.name)} and ${JSON.stringify(sorted[i]!.name)} overlap`,
      )
  }
}
