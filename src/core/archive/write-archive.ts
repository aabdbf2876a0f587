import { deflateSync, strToU8 } from 'fflate'
import { formatByteSize, formatOversize } from '../text/byte-size'
import { readyZipSize } from '../zip/ready-entries'
import { memorySink, StreamZip, type ZipSink } from '../zip/stream-zip'
import { ArchiveError, canceled } from './errors'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  DATA_ENTRIES,
  DATA_KEYS,
  MANIFEST_ENTRY,
  evidenceEntryName,
} from './format'
import { DEFAULT_ARCHIVE_LIMITS, WRITER_MAX_JSON_RATIO } from './limits'
import { serializeManifest } from './manifest'
import type { ArchiveManifest, ManifestEntry } from './schemas'
import {
  runOn,
  type ArchiveProgress,
  type ArchiveSnapshot,
  type CancelSignal,
  type EvidenceFileSource,
  type Sha256,
  type YieldToUi,
} from './types'
import { checkDataConsistency, parseDataEntry } from './validate-data'

export interface BuildArchiveOptions {
  sha256: Sha256
  /** Milliseconds since the epoch: the manifest's creation time and every entry's date. */
  now: number
  appVersion: string
  /** The database schema version the rows come from (recorded, for the curious). */
  schemaVersion: number
  onProgress?: (progress: ArchiveProgress) => void
  signal?: CancelSignal
  yieldToUi?: YieldToUi
  maxArchiveBytes?: number
}

interface JsonEntry {
  name: string
  raw: Uint8Array
  /** What goes into the zip: the deflated bytes, or `raw` itself when stored. */
  stored: Uint8Array
  deflated: boolean
}

/** Deflated unless that gains nothing, or would look like a zip bomb to the reader. */
function jsonEntry(name: string, value: unknown): JsonEntry {
  const raw = strToU8(JSON.stringify(value))
  const deflated = deflateSync(raw, { level: 6 })
  const worth =
    deflated.length < raw.length &&
    (raw.length <= DEFAULT_ARCHIVE_LIMITS.ratioFloorBytes ||
      raw.length <= deflated.length * WRITER_MAX_JSON_RATIO)
  return { name, raw, stored: worth ? deflated : raw, deflated: worth }
}

/** A 64-character stand-in: the manifest's length is known before the evidence is hashed. */
const PLACEHOLDER_HASH = '0'.repeat(64)

/** An `.auditwb` archive in memory: `writeArchive` into one buffer (tests, small archives). */
export async function buildArchive(
  snapshot: ArchiveSnapshot,
  options: BuildArchiveOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const memory = memorySink()
  await writeArchive(snapshot, memory.sink, options)
  return memory.bytes()
}

/**
 * Writes an `.auditwb` archive to `sink`. The data is first checked with the reader's own rules,
 * so the app never writes an archive it would refuse. Every entry's size is known before the
 * first byte is written (evidence is stored, JSON deflated up front, the manifest goes last with
 * hashes of a fixed length), so the total is known for progress and the size limit, and each
 * evidence file is read, hashed and written to the sink in turn: memory holds the JSON and one
 * or two files, whatever the evidence weighs. Resolves with the archive's size in bytes.
 */
export async function writeArchive(
  snapshot: ArchiveSnapshot,
  sink: ZipSink,
  options: BuildArchiveOptions,
): Promise<number> {
  const { sha256, now, signal } = options
  const stop = () => {
    if (signal?.aborted) throw canceled('export')
  }
  const slice = options.yieldToUi ?? runOn
  stop()
  const fileNames = snapshot.files.map((f) => evidenceEntryName(f.evidenceId, f.role))
  if (new Set(fileNames).size !== fileNames.length)
    throw new Error('An evidence file is listed twice.')

  // Each data entry is checked with the reader's rules, serialised and hashed in turn, and the
  // window gets a turn between slices of work (the same in the file loop below).
  const json: JsonEntry[] = []
  const listed: ManifestEntry[] = []
  for (const key of DATA_KEYS) {
    stop()
    asExportError(() => parseDataEntry(key, snapshot.data[key]))
    const entry = jsonEntry(DATA_ENTRIES[key], snapshot.data[key])
    json.push(entry)
    listed.push({ name: entry.name, size: entry.raw.length, sha256: await sha256(entry.raw) })
    await slice()
  }
  asExportError(() => checkDataConsistency(snapshot.data, new Set(fileNames)))
  snapshot.files.forEach((file, i) =>
    listed.push({ name: fileNames[i]!, size: file.size, sha256: PLACEHOLDER_HASH }),
  )
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion,
    createdAt: new Date(now).toISOString(),
    scope: snapshot.scope,
    entries: listed,
  }
  const manifestLength = strToU8(serializeManifest(manifest)).length

  const total = archiveSize(json, snapshot.files, fileNames, manifestLength)
  const limit = options.maxArchiveBytes ?? DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes
  if (total > limit)
    throw new ArchiveError(
      'too-large',
      `The archive would be ${formatOversize(total, limit)}, more than the ${formatByteSize(limit)} Audit Workbook can save in one file. Export fewer audits at a time.`,
    )

  const zip = new StreamZip(sink, now)
  const report = () => options.onProgress?.({ done: zip.written, total })

  for (const entry of json)
    await zip.add({
      name: entry.name,
      bytes: entry.raw,
      ...(entry.deflated ? { deflated: entry.stored } : {}),
    })
  report()
  // A pipeline: the next file is read while this one is hashed (off the main thread in the
  // renderer) and written to the sink (its CRC computed here) at the same time.
  const { files } = snapshot
  let next = prefetch(files[0])
  for (const [i, file] of files.entries()) {
    stop()
    const bytes = await next!
    next = prefetch(files[i + 1])
    stop()
    if (bytes.length !== file.size)
      throw new ArchiveError(
        'damaged',
        `An evidence file changed size while it was being exported (${fileNames[i]}). Try the export again.`,
      )
    const hashing = sha256(bytes)
    await zip.add({ name: fileNames[i]!, bytes })
    listed[json.length + i]!.sha256 = await hashing
    report()
    await slice()
  }

  const finalManifest = strToU8(serializeManifest(manifest))
  if (finalManifest.length !== manifestLength) throw new Error('The manifest changed length.')
  await zip.add({ name: MANIFEST_ENTRY, bytes: finalManifest })
  await zip.end()
  if (zip.written !== total)
    throw new Error(`The archive took ${zip.written} bytes, not the ${total} planned.`)
  report()
  return total
}

/** Reads a file ahead; a read abandoned by a cancel must not surface as an unhandled rejection. */
function prefetch(file: EvidenceFileSource | undefined): Promise<Uint8Array> | undefined {
  const reading = file?.read()
  reading?.catch(() => undefined)
  return reading
}

/** The reader's refusal, reworded for an export: this data could not be archived. */
function asExportError(check: () => unknown): void {
  try {
    check()
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error
    const detail = error.message.replace(/^[^:]*: /, '').replace(/ Nothing was imported\.$/, '')
    throw new ArchiveError('invalid-data', `This data cannot be archived: ${detail}`)
  }
}

function archiveSize(
  json: readonly JsonEntry[],
  files: readonly EvidenceFileSource[],
  fileNames: readonly string[],
  manifestLength: number,
): number {
  return readyZipSize([
    { name: MANIFEST_ENTRY, stored: manifestLength },
    ...json.map((e) => ({ name: e.name, stored: e.stored.length })),
    ...files.map((file, i) => ({ name: fileNames[i]!, stored: file.size })),
  ])
}
