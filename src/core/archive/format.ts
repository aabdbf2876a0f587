import { EVIDENCE_BLOB_ROLES, type EvidenceBlobRole } from '../evidence/model'

/**
 * The `.auditwb` format: a zip holding a manifest, the data as a few JSON entries, and the
 * evidence bytes, one entry per stored byte stream. See README.md in this folder.
 */

export const ARCHIVE_FORMAT = 'audit-workbook/archive'
/**
 * Bumped whenever an entry or a field changes meaning; a reader refuses a newer one. 2 added
 * `narratives.json` (issue 15): an older reader would refuse it as an unknown entry, so it says
 * "made by a newer version" instead. 3 added an evidence item's `derivation` (issue 16), which
 * the strict schema of version 2 refuses as an unknown field.
 */
export const ARCHIVE_FORMAT_VERSION = 3
export const ARCHIVE_EXTENSION = 'auditwb'

export const MANIFEST_ENTRY = 'manifest.json'

/** The data entries, each a JSON array, in the order they are written. */
export const DATA_ENTRIES = {
  audits: 'audits.json',
  auditContents: 'audit-contents.json',
  answers: 'answers.json',
  preparationAnswers: 'preparation-answers.json',
  findingEdits: 'finding-edits.json',
  evidence: 'evidence.json',
  evidenceFiles: 'evidence-files.json',
  settings: 'settings.json',
  packs: 'packs.json',
  narratives: 'narratives.json',
} as const

export type DataKey = keyof typeof DATA_ENTRIES
export const DATA_KEYS = Object.keys(DATA_ENTRIES) as DataKey[]

/**
 * Entries added after the first archives were written: an archive without one is read as if it
 * held an empty array, so an older backup still imports. Every archive written now has them all.
 */
export const LATER_DATA_KEYS: ReadonlySet<DataKey> = new Set<DataKey>(['narratives'])

/** An id as the app makes them (UUIDs) and as an entry name may carry it. */
export const ARCHIVE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/

const ROLES = EVIDENCE_BLOB_ROLES.join('|')
const DATA_NAMES = Object.values(DATA_ENTRIES)
  .map((name) => name.replace('.', '\\.'))
  .join('|')

/**
 * Every name an archive entry may have. Names are only ever compared with this and used as map
 * keys; no path is built from one, so `../x` or `C:\x` could do no harm, but they are refused all
 * the same: Audit Workbook never writes them, so such a file has been made or changed by hand.
 */
export const ENTRY_NAME_PATTERN = new RegExp(
  `^(?:manifest\\.json|${DATA_NAMES}|evidence/[A-Za-z0-9][A-Za-z0-9_-]{0,99}/(?:${ROLES}))$`,
)

export function isAllowedEntryName(name: string): boolean {
  return ENTRY_NAME_PATTERN.test(name)
}

export function evidenceEntryName(evidenceId: string, role: EvidenceBlobRole): string {
  return `evidence/${evidenceId}/${role}`
}

export function isEvidenceEntryName(name: string): boolean {
  return name.startsWith('evidence/')
}
