import { Inflate } from 'fflate'
import { ArchiveError, NOTHING_IMPORTED, quoteName } from './errors'
import { DEFLATED, type ZipEntry } from './zip-directory'

/**
 * How much compressed data is inflated at a time. Deflate expands at most ~1,032 times, so a
 * step never produces more than ~33 MB before the count below sees it.
 */
const STEP = 32 * 1024

function sizeLie(name: string): ArchiveError {
  return new ArchiveError(
    'size-mismatch',
    `The archive is damaged or has been tampered with: ${quoteName(name)} holds more data than it declares. ${NOTHING_IMPORTED}`,
  )
}

/**
 * The inflated bytes of one entry, held to the size its directory record declares: inflation
 * stops the moment it would pass that size. A stored entry is returned as a view of the archive,
 * without a copy.
 */
export function extractEntry(
  data: Uint8Array,
  entry: Pick<ZipEntry, 'name' | 'method' | 'size'>,
): Uint8Array {
  if (entry.method !== DEFLATED) {
    if (data.length !== entry.size) throw sizeLie(entry.name)
    return data
  }
  const out = new Uint8Array(entry.size)
  let filled = 0
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > entry.size) throw sizeLie(entry.name)
    out.set(chunk, filled)
    filled += chunk.length
  })
  try {
    if (data.length === 0) inflater.push(data, true)
    for (let at = 0; at < data.length; at += STEP)
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length)
  } catch (error) {
    if (error instanceof ArchiveError) throw error
    throw new ArchiveError(
      'damaged',
      `The archive is damaged: ${quoteName(entry.name)} cannot be decompressed. Use another copy of it. ${NOTHING_IMPORTED}`,
    )
  }
  if (filled !== entry.size)
    throw new ArchiveError(
      'size-mismatch',
      `The archive is damaged: ${quoteName(entry.name)} holds less data than it declares. ${NOTHING_IMPORTED}`,
    )
  return out
}
