import { strFromU8 } from 'fflate'
import { ArchiveError } from '../archive/errors'
import { extractEntry } from '../archive/extract-entry'
import { locateEntryData, readZipDirectory, type ZipEntry } from '../archive/zip-directory'
import { formatByteSize } from '../text/byte-size'
import { SheetFileError } from './sheet-file-error'
import type { SheetLimits } from './sheet-limits'

/**
 * The parts of an .xlsx or .ods file (both are zips), read with the archive's bounded zip
 * reader: the central directory first, without inflating anything; then each part the reader
 * asks for, refused when its declared size or ratio is a bomb's, and inflated into a buffer of
 * its declared size that stops at the first byte more. Nothing is inflated that is not asked for
 * (macros, images and external-link parts are never expanded).
 */
export interface ZipParts {
  names: readonly string[]
  has(name: string): boolean
  /** The part as UTF-8 text, or undefined when there is no such part. */
  text(name: string): string | undefined
  /** The part's bytes, or undefined when there is no such part. */
  bytes(name: string): Uint8Array | undefined
}

/** The limits the zip reader itself applies (a spreadsheet's others are the readers'). */
export type ZipPartLimits = Pick<
  SheetLimits,
  'maxEntries' | 'maxPartBytes' | 'maxTotalBytes' | 'maxRatio' | 'ratioFloorBytes'
>

function fromArchiveError(error: unknown): SheetFileError {
  if (!(error instanceof ArchiveError)) throw error
  switch (error.code) {
    case 'not-zip':
    case 'truncated':
      return new SheetFileError(
        'not-spreadsheet',
        'The file is not a spreadsheet Audit Workbook can read, or it is incomplete. Save it again as .xlsx, .ods or .csv.',
      )
    case 'too-many-entries':
      return new SheetFileError(
        'too-large',
        'The file holds far more parts than a spreadsheet of questions needs.',
      )
    case 'size-mismatch':
      return new SheetFileError(
        'zip-bomb',
        'The file was refused: one of its parts holds more data than it declares (a zip bomb, or a damaged file).',
      )
    default:
      return new SheetFileError(
        'damaged',
        'The file is damaged or uses a zip feature spreadsheets do not. Save it again from Excel or LibreOffice.',
      )
  }
}

export function openZipParts(bytes: Uint8Array, limits: ZipPartLimits): ZipParts {
  let directory: ReturnType<typeof readZipDirectory>
  try {
    directory = readZipDirectory(bytes, limits.maxEntries)
  } catch (error) {
    throw fromArchiveError(error)
  }
  const byName = new Map<string, ZipEntry>()
  for (const entry of directory.entries) byName.set(entry.name, entry)
  let inflatedSoFar = 0

  const checkDeclared = (entry: ZipEntry): void => {
    const tooLarge = entry.size > limits.maxPartBytes
    const bomb =
      entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio
    if (bomb)
      throw new SheetFileError(
        'zip-bomb',
        `The file was refused: its part ${entry.name} would expand from ${formatByteSize(entry.compressedSize)} to ${formatByteSize(entry.size)}, as a zip bomb does.`,
      )
    if (tooLarge || inflatedSoFar + entry.size > limits.maxTotalBytes)
      throw new SheetFileError(
        'too-large',
        `The file was refused: its part ${entry.name} expands to ${formatByteSize(entry.size)}, more than a spreadsheet of questions needs (at most ${formatByteSize(limits.maxPartBytes)}).`,
      )
  }

  function read(name: string): Uint8Array | undefined {
    const entry = byName.get(name)
    if (!entry) return undefined
    checkDeclared(entry)
    try {
      const { start, end } = locateEntryData(bytes, entry, directory.directoryOffset)
      const data = extractEntry(bytes.subarray(start, end), entry)
      inflatedSoFar += data.length
      return data
    } catch (error) {
      throw fromArchiveError(error)
    }
  }

  return {
    names: [...byName.keys()],
    has: (name) => byName.has(name),
    text(name) {
      const data = read(name)
      return data && strFromU8(data)
    },
    bytes: read,
  }
}
