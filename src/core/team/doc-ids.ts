import type { NarrativePartKey } from '../narrative'

/**
 * One CouchDB document per thing a conflict can concern (issue 18): an answer, not an audit. Each
 * Dexie table of a shared audit maps to a kind of document; its id names the row within the audit.
 */
export const SYNCED_TABLES = [
  'audits',
  'auditContents',
  'answers',
  'preparationAnswers',
  'findingEdits',
  'narratives',
  'evidence',
] as const
export type SyncedTable = (typeof SYNCED_TABLES)[number]

export const DOC_KINDS = {
  audits: 'audit',
  auditContents: 'content',
  answers: 'answer',
  preparationAnswers: 'preparation',
  findingEdits: 'finding',
  narratives: 'narrative',
  evidence: 'evidence',
} as const satisfies Record<SyncedTable, string>
export type RowDocKind = (typeof DOC_KINDS)[SyncedTable]

/** Documents that live only in the team workspace, not in one of the audit's tables. */
export type TeamOnlyKind = 'comment' | 'assignment'
export type DocKind = RowDocKind | TeamOnlyKind

/** A comment or an assignment: a document the team workspace alone keeps. */
export function isTeamDocId(docId: string): boolean {
  return /^(comment|assignment):/.test(docId)
}

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name)
}

/** A row's place: which audit's database, and which document in it. */
export interface DocAddress {
  auditId: string
  docId: string
}

interface RowShape {
  auditId?: string
  id?: string
  sectionId?: string
  questionId?: string
  itemId?: string
  part?: NarrativePartKey
}

/** The document a row of a synced table is written to. */
export function docAddressOfRow(table: SyncedTable, row: RowShape): DocAddress {
  const auditId = table === 'audits' ? row.id : row.auditId
  if (auditId === undefined) throw new Error(`A ${table} row without its audit id.`)
  return { auditId, docId: docIdOf(table, row) }
}

function docIdOf(table: SyncedTable, row: RowShape): string {
  switch (table) {
    case 'audits':
      return 'audit'
    case 'auditContents':
      return 'content'
    case 'answers':
      return `answer:${row.sectionId}:${row.questionId}`
    case 'preparationAnswers':
      return `preparation:${row.sectionId}:${row.itemId}`
    case 'findingEdits':
      return `finding:${row.sectionId}:${row.questionId}`
    case 'narratives':
      return `narrative:${row.part}`
    case 'evidence':
      return `evidence:${row.id}`
  }
}

/**
 * The document a primary key of a synced table names, when the key alone says which audit
 * (every compound key starts with the audit id); an evidence id does not, so `undefined`.
 */
export function docAddressOfKey(table: SyncedTable, key: unknown): DocAddress | undefined {
  if (table === 'evidence') return undefined
  if (table === 'audits' || table === 'auditContents')
    return typeof key === 'string' ? docAddressOfRow(table, { id: key, auditId: key }) : undefined
  if (!Array.isArray(key) || !key.every((part) => typeof part === 'string')) return undefined
  const [auditId, first, second] = key as string[]
  switch (table) {
    case 'answers':
    case 'findingEdits':
      return docAddressOfRow(table, { auditId, sectionId: first, questionId: second })
    case 'preparationAnswers':
      return docAddressOfRow(table, { auditId, sectionId: first, itemId: second })
    case 'narratives':
      return docAddressOfRow(table, { auditId, part: first as NarrativePartKey })
  }
}

/** Which table a document's row belongs in; `undefined` for team-only and unknown documents. */
export function tableOfDocId(docId: string): SyncedTable | undefined {
  const kind = docId.split(':', 1)[0]
  return SYNCED_TABLES.find((table) => DOC_KINDS[table] === kind)
}

/** The Dexie primary key of the row a document holds, for deleting it when the document is. */
export function rowKeyOfDocId(auditId: string, docId: string): string | string[] | undefined {
  const table = tableOfDocId(docId)
  const rest = docId.slice(docId.indexOf(':') + 1)
  switch (table) {
    case 'audits':
    case 'auditContents':
      return auditId
    case 'evidence':
      return rest
    case 'narratives':
      return [auditId, rest]
    case 'answers':
    case 'findingEdits':
    case 'preparationAnswers': {
      const [sectionId = '', second = ''] = rest.split(':')
      return [auditId, sectionId, second]
    }
    default:
      return undefined
  }
}
