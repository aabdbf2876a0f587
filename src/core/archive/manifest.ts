import { ArchiveError, NOTHING_IMPORTED } from './errors'
import { parseBounded } from './bounded-parse'
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, MANIFEST_ENTRY } from './format'
import { parseJsonEntry } from './json-entry'
import { manifestSchema, type ArchiveManifest } from './schemas'
import { describeIssues } from './validate-data'

/**
 * The manifest: which format and version wrote the archive, and every other entry's name, size
 * and SHA-256. Read before anything else; its format version decides whether to go on at all.
 */

export function serializeManifest(manifest: ArchiveManifest): string {
  return JSON.stringify(manifest, null, 2)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A version string from the file, shown only when it looks like one. */
function versionNote(value: unknown): string {
  return typeof value === 'string' && /^[0-9A-Za-z.+-]{1,40}$/.test(value) ? ` (${value})` : ''
}

/**
 * The manifest, parsed and checked. Its size was bounded by the entry count before it was
 * inflated (see `checkDirectory`); here its nesting and density are checked before it is parsed,
 * and the length of its list before the schema runs over it, so a small archive cannot make its
 * reader build millions of rows.
 */
export function parseManifest(
  bytes: Uint8Array,
  zipEntries: number,
  maxDepth: number,
): ArchiveManifest {
  const { value } = parseJsonEntry(MANIFEST_ENTRY, bytes, maxDepth)
  if (!isRecord(value) || value.format !== ARCHIVE_FORMAT)
    throw new ArchiveError(
      'not-archive',
      `This zip file is not an Audit Workbook archive: its manifest is not one Audit Workbook writes. ${NOTHING_IMPORTED}`,
    )
  const version = value.formatVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > ARCHIVE_FORMAT_VERSION)
    throw new ArchiveError(
      'newer-version',
      `This archive was made by a newer version of Audit Workbook${versionNote(value.appVersion)}. Its format is version ${version}; this version of Audit Workbook reads version ${ARCHIVE_FORMAT_VERSION}. Update Audit Workbook, then import it again. ${NOTHING_IMPORTED}`,
    )
  // Every listed entry must be one of the zip's others (checked by name afterwards); a list far
  // longer than that is refused before its rows are validated one by one.
  if (Array.isArray(value.entries) && value.entries.length > zipEntries)
    throw new ArchiveError(
      'invalid-data',
      `The archive is damaged or has been changed: its manifest lists ${value.entries.length.toLocaleString('en')} entries, but the archive holds ${(zipEntries - 1).toLocaleString('en')} besides it. ${NOTHING_IMPORTED}`,
    )
  const result = parseBounded(manifestSchema, value)
  if (!result.success)
    throw new ArchiveError(
      'invalid-data',
      `The archive is damaged or was not made by Audit Workbook: in manifest.json, ${describeIssues(result.issues)}. ${NOTHING_IMPORTED}`,
    )
  return result.data
}
