import { STATUS_LABELS } from '@core/audit'
import { FINDING_STATUS_LABELS, SEVERITY_LABELS } from '@core/findings/model'
import { richTextToPlain, type RichText } from '@core/narrative'
import { plural } from '@core/text/plural'
import type { SyncedTable } from '@core/team'

/**
 * The fields that differ between the versions of a conflicted document, in plain words, for the
 * documents the conflicts list resolves itself (findings, preparation, narrative, evidence, the
 * audit's details). Bookkeeping fields are left out: they differ whenever anything does.
 */

export interface DifferingField {
  label: string
  values: string[]
}

const BOOKKEEPING = new Set([
  'auditId',
  'id',
  'sectionId',
  'questionId',
  'itemId',
  'part',
  'updatedAt',
])

const LABELS: Record<string, string> = {
  dueDate: 'Due date',
  gap: 'Gap',
  recommendation: 'Recommendation',
  value: 'Recorded value',
  done: 'Done',
  fileName: 'File name',
  caption: 'Caption',
  questionKeys: 'Questions it supports',
  text: 'Text',
  doc: 'Text',
}

/** `dueDate` → "Due date", unless a better label is known. */
export function fieldLabel(key: string): string {
  const known = LABELS[key]
  if (known) return known
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A value in words: text as written, yes/no, lists joined, rich text as its plain text. */
export function valueWords(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return '—'
    const words = value.map(valueWords)
    // A list of records with nothing to say in words (the audit's sections): how many, at least.
    return words.every((word) => word === '—') ? plural(value.length, 'item') : words.join('; ')
  }
  const text = plainText(value)
  return text === '' ? '—' : text
}

// Rich text (the narrative) only, as the report's plain text; any other object is not shown raw.
function plainText(value: object): string {
  const doc = value as { blocks?: unknown }
  return Array.isArray(doc.blocks) ? richTextToPlain(value as RichText) : ''
}

// Coded values a table's fields hold, in the words the app shows them with elsewhere.
const CODED: Partial<Record<SyncedTable, Record<string, Record<string, string>>>> = {
  audits: { status: STATUS_LABELS },
  findingEdits: { status: FINDING_STATUS_LABELS, severity: SEVERITY_LABELS },
}

/** Each field whose value differs between the rows; a deleted side (undefined) says so. */
export function differingFields(
  table: SyncedTable,
  rows: ReadonlyArray<object | undefined>,
): DifferingField[] {
  const keys = new Set(rows.flatMap((row) => (row ? Object.keys(row) : [])))
  const fields: DifferingField[] = []
  if (rows.some((row) => row === undefined))
    fields.push({ label: 'Kept', values: rows.map((row) => (row ? 'Yes' : 'Deleted')) })
  for (const key of keys) {
    if (BOOKKEEPING.has(key)) continue
    const coded = CODED[table]?.[key]
    const values = rows.map((row) => {
      const value = row ? (row as Record<string, unknown>)[key] : undefined
      return typeof value === 'string' && coded?.[value] ? coded[value] : valueWords(value)
    })
    if (new Set(values).size > 1) fields.push({ label: fieldLabel(key), values })
  }
  return fields
}
