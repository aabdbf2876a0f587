import type { z } from 'zod'
import { formatPackPath } from '../content/pack-rules'
import { parseBounded } from './bounded-parse'
import { ArchiveError, NOTHING_IMPORTED, quoteName } from './errors'
import { DATA_ENTRIES, evidenceEntryName, type DataKey } from './format'
import { dataSchemas } from './schemas'
import type { JsonShape } from './json-scan'
import type { ArchiveData } from './types'

/**
 * The data entries, parsed with the strict schemas and then checked against each other: every
 * row belongs to an audit in the archive, no key is used twice, and every evidence file has both
 * its metadata and its bytes. The importer relies on this: a valid archive cannot fail halfway
 * through its transaction on a key it brought twice.
 */

const SHOWN_ISSUES = 3

function invalid(entry: string, detail: string): ArchiveError {
  return new ArchiveError(
    'invalid-data',
    `The archive is damaged or was not made by Audit Workbook: in ${entry}, ${detail}. ${NOTHING_IMPORTED}`,
  )
}

/** The first few problems, each as its field path and what is wrong with it. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const path = formatPackPath(issue.path)
    if (issue.code === 'unrecognized_keys')
      return issue.keys
        .map((key) => `${formatPackPath([...issue.path, key])} is not a field Audit Workbook knows`)
        .join('; ')
    return `${path === '' ? 'the whole entry' : path} ${issue.message}`
  })
  const rest = issues.length - shown.length
  return shown.join('; ') + (rest > 0 ? `; and ${rest} more` : '')
}

/**
 * Parses one data entry's JSON value with its schema, stopping at the first row that fails
 * (`parseBounded`): the message names that row's problem.
 */
export function parseDataEntry<K extends DataKey>(key: K, value: unknown): ArchiveData[K] {
  const result = parseBounded(dataSchemas[key] as z.ZodType, value)
  if (!result.success) throw invalid(DATA_ENTRIES[key], describeIssues(result.issues))
  return result.data as ArchiveData[K]
}

/** A data entry is a list of at most `maxRows` rows; checked before it is parsed. */
export function checkRows(key: DataKey, shape: JsonShape, maxRows: number): void {
  if (shape.opens !== '[') throw invalid(DATA_ENTRIES[key], 'the whole entry must be an array')
  if (shape.rows > maxRows)
    throw invalid(
      DATA_ENTRIES[key],
      `there are ${shape.rows.toLocaleString('en')} rows, more than the ${maxRows.toLocaleString('en')} it can hold here`,
    )
}

function unique<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  entry: string,
  what: string,
): Set<string> {
  const seen = new Set<string>()
  for (const row of rows) {
    const key = keyOf(row)
    if (seen.has(key)) throw invalid(entry, `${what} ${quoteName(key)} appears twice`)
    seen.add(key)
  }
  return seen
}

function belongs<T extends { auditId: string }>(
  rows: readonly T[],
  audits: Set<string>,
  entry: string,
): void {
  for (const row of rows)
    if (!audits.has(row.auditId))
      throw invalid(
        entry,
        `a row belongs to audit ${quoteName(row.auditId)}, which the archive does not hold`,
      )
}

/** The checks across entries; throws the first problem found. */
export function checkDataConsistency(
  data: ArchiveData,
  evidenceEntries: ReadonlySet<string>,
): void {
  const e = DATA_ENTRIES
  const audits = unique(data.audits, (a) => a.id, e.audits, 'the audit id')
  const contents = unique(
    data.auditContents,
    (c) => c.auditId,
    e.auditContents,
    'the content of audit',
  )
  belongs(data.auditContents, audits, e.auditContents)
  for (const audit of data.audits)
    if (!contents.has(audit.id))
      throw invalid(e.auditContents, `the content of audit ${quoteName(audit.id)} is missing`)
  const byQuestion = (r: { auditId: string; sectionId: string; questionId: string }) =>
    `${r.auditId}/${r.sectionId}/${r.questionId}`
  unique(data.answers, byQuestion, e.answers, 'the answer')
  belongs(data.answers, audits, e.answers)
  unique(
    data.preparationAnswers,
    (r) => `${r.auditId}/${r.sectionId}/${r.itemId}`,
    e.preparationAnswers,
    'the item',
  )
  belongs(data.preparationAnswers, audits, e.preparationAnswers)
  unique(data.findingEdits, byQuestion, e.findingEdits, 'the finding')
  belongs(data.findingEdits, audits, e.findingEdits)
  const items = unique(data.evidence, (r) => r.id, e.evidence, 'the evidence id')
  belongs(data.evidence, audits, e.evidence)

  const files = unique(
    data.evidenceFiles,
    (f) => evidenceEntryName(f.evidenceId, f.role),
    e.evidenceFiles,
    'the file',
  )
  for (const file of data.evidenceFiles)
    if (!items.has(file.evidenceId))
      throw invalid(
        e.evidenceFiles,
        `a file belongs to evidence ${quoteName(file.evidenceId)}, which the archive does not hold`,
      )
  for (const name of files)
    if (!evidenceEntries.has(name))
      throw invalid(e.evidenceFiles, `the bytes of ${quoteName(name)} are missing`)
  for (const name of evidenceEntries)
    if (!files.has(name)) throw invalid(e.evidenceFiles, `${quoteName(name)} is not described`)

  unique(data.narratives, (r) => `${r.auditId}/${r.part}`, e.narratives, 'the part')
  belongs(data.narratives, audits, e.narratives)

  unique(data.settings, (s) => s.key, e.settings, 'the setting')
  unique(data.packs, (p) => `${p.id}@${p.version}`, e.packs, 'the pack')
}
