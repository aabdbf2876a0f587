import { strFromU8 } from 'fflate'
import { packErrorMap } from '../content/pack-errors'
import { ArchiveError, NOTHING_IMPORTED } from './errors'
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from './format'
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

export function parseManifest(bytes: Uint8Array): ArchiveManifest {
  let value: unknown
  try {
    value = JSON.parse(strFromU8(bytes))
  } catch {
    throw new ArchiveError(
      'invalid-data',
      `The archive is damaged: its manifest is not valid JSON. Use another copy of it. ${NOTHING_IMPORTED}`,
    )
  }
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
  const result = manifestSchema.safeParse(value, { error: packErrorMap })
  if (!result.success)
    throw new ArchiveError(
      'invalid-data',
      `The archive is damaged or was not made by Audit Workbook: in manifest.json, ${describeIssues(result.error.issues)}. ${NOTHING_IMPORTED}`,
    )
  return result.data
}
