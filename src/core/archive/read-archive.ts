import { formatByteSize, formatOversize } from '../text/byte-size'
import { WindowedReader, bytesSource, readArchivedFile } from './archive-source'
import { ArchiveError, NOTHING_IMPORTED, canceled, quoteName } from './errors'
import { checkDerivations, checkEvidenceBinding } from './evidence-binding'
import { extractEntry } from './extract-entry'
import { checkGlobalContent } from './global-content'
import { parseJsonEntry } from './json-entry'
import {
  DATA_ENTRIES,
  DATA_KEYS,
  LATER_DATA_KEYS,
  MANIFEST_ENTRY,
  evidenceEntryName,
  isAllowedEntryName,
  isEvidenceEntryName,
  type DataKey,
} from './format'
import {
  DEFAULT_ARCHIVE_LIMITS,
  MANIFEST_BYTES_PER_ENTRY,
  MANIFEST_HEAD_BYTES,
  type ArchiveLimits,
} from './limits'
import { parseManifest } from './manifest'
import type { ManifestEntry } from './schemas'
import {
  runOn,
  type ArchiveContents,
  type ArchiveData,
  type ArchivedFile,
  type ArchiveSource,
  type ArchiveProgress,
  type CancelSignal,
  type Sha256,
  type YieldToUi,
} from './types'
import { checkDataConsistency, checkRows, parseDataEntry } from './validate-data'
import {
  STORED,
  entriesOverlap,
  locateEntryDataIn,
  readZipDirectoryOf,
  type ZipEntry,
} from './zip-directory'

export interface ReadArchiveOptions {
  sha256: Sha256
  onProgress?: (progress: ArchiveProgress) => void
  signal?: CancelSignal
  yieldToUi?: YieldToUi
  /** How much of the file one read brings in (tests make it small, to cross many windows). */
  windowBytes?: number
}

/** Evidence entries hashed at once. */
const HASHED_TOGETHER = 4

/**
 * Reads and checks a whole `.auditwb` archive, in this order, refusing it at the first problem:
 * the zip's table of contents (entry count, names, duplicates, declared sizes, ratios) before any
 * byte is inflated; the manifest (format, version, every entry listed and present); then each
 * entry in the order it lies in the file, its local header held to the directory, inflated with
 * its size held to what it declares and its SHA-256 checked; then the data, with strict schemas
 * and checks across entries. The file is read once, front to back, a few megabytes at a time:
 * evidence bytes are hashed and let go, so memory holds the JSON and a few files whatever the
 * archive weighs. Nothing is written anywhere: the result is handed to the importer only when all
 * of it is sound, and says where each evidence file lies for the importer to read it again.
 */
export async function readArchive<S extends ArchiveSource = ArchiveSource>(
  input: S | Uint8Array,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
  options: ReadArchiveOptions,
): Promise<ArchiveContents<S>> {
  const source = (input instanceof Uint8Array ? bytesSource(input) : input) as S
  const stop = () => {
    if (options.signal?.aborted) throw canceled('import')
  }
  const slice = options.yieldToUi ?? runOn
  if (source.size > limits.maxArchiveBytes)
    throw new ArchiveError(
      'too-large',
      `The file is ${formatOversize(source.size, limits.maxArchiveBytes)}, larger than the ${formatByteSize(limits.maxArchiveBytes)} an archive may be. ${NOTHING_IMPORTED}`,
    )
  const directory = await readZipDirectoryOf(source, limits.maxEntries)
  const entries = checkDirectory(directory.entries, limits)
  const byName = new Map(entries.map((e) => [e.name, e]))

  const manifestEntry = byName.get(MANIFEST_ENTRY)
  if (!manifestEntry)
    throw new ArchiveError(
      'not-archive',
      `This zip file is not an Audit Workbook archive: it has no manifest. ${NOTHING_IMPORTED}`,
    )
  const manifestAt = await locateEntryDataIn(source, manifestEntry, directory.directoryOffset)
  const manifest = parseManifest(
    extractEntry(await source.read(manifestAt.start, manifestAt.end), manifestEntry),
    entries.length,
    limits.maxJsonDepth,
  )
  const listed = checkManifestAgainstZip(manifest.entries, byName)

  const total = manifest.entries.reduce((sum, e) => sum + e.size, 0)
  let done = 0
  // `sha256` takes its bytes when called, so the window they lie in may be read over meanwhile.
  const verify = async (name: string, inflated: Uint8Array): Promise<void> => {
    const size = inflated.length
    if ((await options.sha256(inflated)) !== listed.get(name)?.sha256)
      throw new ArchiveError(
        'hash-mismatch',
        `The archive is damaged or has been changed: ${quoteName(name)} does not match the SHA-256 its manifest records. Use another copy of it. ${NOTHING_IMPORTED}`,
      )
    done += size
    options.onProgress?.({ done, total })
  }

  const json = new Map<string, Uint8Array>()
  const files = new Map<string, ArchivedFile>()
  // Hashed a few at a time: WebCrypto digests off the thread, so they run side by side.
  let hashing: Promise<void>[] = []
  const reader = new WindowedReader(source, options.windowBytes)
  let previous: { name: string; end: number } | undefined
  for (const entry of [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)) {
    stop()
    const { start, end } = await locateEntryDataIn(reader, entry, directory.directoryOffset)
    if (previous && entry.localHeaderOffset < previous.end)
      throw entriesOverlap(previous.name, entry.name)
    previous = { name: entry.name, end }
    if (entry === manifestEntry) continue
    const inflated = extractEntry(await reader.read(start, end), entry)
    if (!isEvidenceEntryName(entry.name)) {
      await verify(entry.name, inflated)
      // Kept until the data is parsed: a stored entry's bytes are the window's, read over next.
      json.set(entry.name, entry.method === STORED ? inflated.slice() : inflated)
      continue
    }
    const { sha256 } = listed.get(entry.name)!
    files.set(entry.name, { ...entry, start, sha256 })
    const verified = verify(entry.name, inflated)
    // Awaited below; a refusal met meanwhile must not leave this one unhandled.
    verified.catch(() => undefined)
    hashing.push(verified)
    if (hashing.length === HASHED_TOGETHER) {
      await Promise.all(hashing)
      hashing = []
      await slice()
    }
  }
  await Promise.all(hashing)

  // Each data entry has its shape checked, then is parsed and validated in turn (short tasks,
  // not one long one), its text let go once parsed.
  const values = {} as Record<DataKey, unknown>
  for (const key of DATA_KEYS) {
    stop()
    const name = DATA_ENTRIES[key]
    const text = json.get(name)
    json.delete(name)
    if (!text && LATER_DATA_KEYS.has(key)) {
      values[key] = []
      continue
    }
    const { value } = parseJsonEntry(name, text!, limits.maxJsonDepth, (shape) =>
      checkRows(key, shape, limits.maxRows),
    )
    values[key] = parseDataEntry(key, value)
    await slice()
  }
  stop()
  const data = values as unknown as ArchiveData
  checkDataConsistency(data, new Set(files.keys()))
  checkGlobalContent(manifest.scope, data)
  checkEvidenceBinding(data, listed, await linkAddresses(source, data, files))
  checkDerivations(data)
  return { manifest, data, files, source, archiveBytes: source.size }
}

/**
 * The bytes of each link's original, which must be its address: read again from the file (they
 * are a few hundred bytes), since which items are links is known only once the data is parsed.
 */
async function linkAddresses(
  source: ArchiveSource,
  data: ArchiveData,
  files: ReadonlyMap<string, ArchivedFile>,
): Promise<Map<string, Uint8Array>> {
  const addresses = new Map<string, Uint8Array>()
  for (const item of data.evidence) {
    const name = evidenceEntryName(item.id, 'original')
    const file = files.get(name)
    if (item.kind === 'link' && file && file.size === item.size)
      addresses.set(name, await readArchivedFile(source, file))
  }
  return addresses
}

/** Names, duplicates and declared sizes, from the directory alone. */
function checkDirectory(entries: readonly ZipEntry[], limits: ArchiveLimits): ZipEntry[] {
  if (!entries.some((e) => isAllowedEntryName(e.name)))
    throw new ArchiveError(
      'not-archive',
      `This zip file is not an Audit Workbook archive: none of its entries is one Audit Workbook writes. ${NOTHING_IMPORTED}`,
    )
  const seen = new Set<string>()
  let total = 0
  // The manifest lists the other entries, a line each: far less than a data entry may hold.
  const manifestCap = Math.min(
    limits.maxManifestBytes,
    MANIFEST_HEAD_BYTES + entries.length * MANIFEST_BYTES_PER_ENTRY,
  )
  for (const entry of entries) {
    if (!isAllowedEntryName(entry.name))
      throw new ArchiveError(
        'unsafe-name',
        `The archive holds an entry named ${quoteName(entry.name)}, a name Audit Workbook never writes; the file has been made or changed by another program. ${NOTHING_IMPORTED}`,
      )
    if (seen.has(entry.name))
      throw new ArchiveError(
        'duplicate-name',
        `The archive holds two entries named ${quoteName(entry.name)}; the file has been made or changed by another program. ${NOTHING_IMPORTED}`,
      )
    seen.add(entry.name)
    if (entry.method === STORED && entry.compressedSize !== entry.size)
      throw new ArchiveError(
        'size-mismatch',
        `The archive is damaged: ${quoteName(entry.name)} does not hold the size it declares. ${NOTHING_IMPORTED}`,
      )
    if (
      entry.method !== STORED &&
      entry.size > limits.ratioFloorBytes &&
      entry.size > limits.maxRatio * entry.compressedSize
    )
      throw new ArchiveError(
        'zip-bomb',
        `The archive was refused: ${quoteName(entry.name)} would expand from ${formatByteSize(entry.compressedSize)} to ${formatByteSize(entry.size)}, far beyond anything Audit Workbook writes (a “zip bomb”). ${NOTHING_IMPORTED}`,
      )
    if (
      !isEvidenceEntryName(entry.name) &&
      entry.method !== STORED &&
      entry.size > limits.ratioFloorBytes &&
      entry.size > limits.maxJsonRatio * entry.compressedSize
    )
      throw new ArchiveError(
        'zip-bomb',
        `The archive was refused: ${quoteName(entry.name)} would expand from ${formatByteSize(entry.compressedSize)} to ${formatByteSize(entry.size)}, far beyond what Audit Workbook writes. ${NOTHING_IMPORTED}`,
      )
    if (entry.name === MANIFEST_ENTRY && entry.size > manifestCap)
      throw new ArchiveError(
        'too-large',
        `The archive was refused: its manifest would be ${formatByteSize(entry.size)}, far more than a list of its ${entries.length.toLocaleString('en')} entries needs. ${NOTHING_IMPORTED}`,
      )
    if (!isEvidenceEntryName(entry.name) && entry.size > limits.maxJsonBytes)
      throw new ArchiveError(
        'too-large',
        `The archive was refused: ${quoteName(entry.name)} would be ${formatOversize(entry.size, limits.maxJsonBytes)}, more than the ${formatByteSize(limits.maxJsonBytes)} Audit Workbook accepts. ${NOTHING_IMPORTED}`,
      )
    total += entry.size
    if (total > limits.maxTotalBytes)
      throw new ArchiveError(
        'too-large',
        `The archive was refused: its contents would take more than ${formatByteSize(limits.maxTotalBytes)} once unpacked, more than Audit Workbook accepts. ${NOTHING_IMPORTED}`,
      )
  }
  return [...entries]
}

/** The manifest lists exactly the other entries, with their sizes, and every data entry. */
function checkManifestAgainstZip(
  listedEntries: readonly ManifestEntry[],
  inZip: ReadonlyMap<string, ZipEntry>,
): Map<string, ManifestEntry> {
  const listed = new Map<string, ManifestEntry>()
  for (const entry of listedEntries) {
    if (listed.has(entry.name) || entry.name === MANIFEST_ENTRY || !isAllowedEntryName(entry.name))
      throw new ArchiveError(
        'invalid-data',
        `The archive is damaged or has been changed: its manifest lists ${quoteName(entry.name)} wrongly. ${NOTHING_IMPORTED}`,
      )
    listed.set(entry.name, entry)
    const actual = inZip.get(entry.name)
    if (!actual)
      throw new ArchiveError(
        'missing-entry',
        `The archive is incomplete: its manifest lists ${quoteName(entry.name)}, which it does not contain. ${NOTHING_IMPORTED}`,
      )
    if (actual.size !== entry.size)
      throw new ArchiveError(
        'size-mismatch',
        `The archive is damaged or has been changed: ${quoteName(entry.name)} is not the size its manifest records. ${NOTHING_IMPORTED}`,
      )
  }
  for (const name of inZip.keys())
    if (name !== MANIFEST_ENTRY && !listed.has(name))
      throw new ArchiveError(
        'extra-entry',
        `The archive has been changed: it holds ${quoteName(name)}, which its manifest does not list. ${NOTHING_IMPORTED}`,
      )
  for (const key of DATA_KEYS)
    if (!listed.has(DATA_ENTRIES[key]) && !LATER_DATA_KEYS.has(key))
      throw new ArchiveError(
        'missing-entry',
        `The archive is incomplete: it has no ${quoteName(DATA_ENTRIES[key])}. ${NOTHING_IMPORTED}`,
      )
  return listed
}
