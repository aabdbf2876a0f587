import { z } from 'zod'
import type { Answer, Audit, AuditContent, PreparationAnswer } from '../audit/model'
import {
  answerSchema,
  auditContentSchema,
  auditSchema,
  evidenceItemSchema,
  findingEditSchema,
  narrativePartSchema,
  preparationAnswerSchema,
} from '../archive/schemas'
import type { EvidenceItem } from '../evidence/model'
import type { FindingEdit } from '../findings/model'
import type { NarrativePart } from '../narrative'
import { DOC_KINDS, docAddressOfRow, tableOfDocId, type SyncedTable } from './doc-ids'

/**
 * An audit's own fields that stay on each laptop: deleting or archiving an audit is one
 * consultant's business, and `updatedAt` moves with every keystroke of every answer (sharing it
 * would make the audit document conflict whenever two people work offline at once).
 */
export const LOCAL_AUDIT_FIELDS = ['updatedAt', 'deletedAt', 'archivedAt'] as const
export type SharedAudit = Omit<Audit, (typeof LOCAL_AUDIT_FIELDS)[number]>

/** The row each synced table holds: what a row document carries. */
export interface SyncedRows {
  audits: SharedAudit
  auditContents: AuditContent
  answers: Answer
  preparationAnswers: PreparationAnswer
  findingEdits: FindingEdit
  narratives: NarrativePart
  evidence: EvidenceItem
}

/** The same strict schemas an archive is checked with: a row from the server is untrusted input. */
const ROW_SCHEMAS: { [T in SyncedTable]: z.ZodType<SyncedRows[T]> } = {
  audits: auditSchema.omit({ updatedAt: true, deletedAt: true, archivedAt: true }),
  auditContents: auditContentSchema,
  answers: answerSchema,
  preparationAnswers: preparationAnswerSchema,
  findingEdits: findingEditSchema,
  narratives: narrativePartSchema as z.ZodType<NarrativePart>,
  evidence: evidenceItemSchema,
}

/** Who wrote a revision and when: shown beside each side of a conflict. */
const authorship = { by: z.string().min(1).max(200), at: z.number().int().min(0) }

const rowDocShape = z.looseObject({
  _id: z.string(),
  _rev: z.string().optional(),
  kind: z.enum(Object.values(DOC_KINDS) as [string, ...string[]]),
  row: z.unknown(),
  ...authorship,
})

export const commentDocSchema = z.looseObject({
  _id: z.string().regex(/^comment:[A-Za-z0-9_-]{1,100}$/),
  _rev: z.string().optional(),
  _deleted: z.literal(true).optional(),
  kind: z.literal('comment'),
  /** The document commented on: an answer or a finding. */
  target: z.string().regex(/^(answer|finding):/),
  text: z.string().max(100_000),
  ...authorship,
})
export type CommentDoc = z.infer<typeof commentDocSchema>

export const assignmentDocSchema = z.looseObject({
  _id: z.string().regex(/^assignment:[a-z0-9-]{1,80}$/),
  _rev: z.string().optional(),
  _deleted: z.literal(true).optional(),
  kind: z.literal('assignment'),
  sectionId: z.string(),
  /** The consultant the section is assigned to (advisory: shown, not enforced). */
  assignee: z.string().max(200),
  ...authorship,
})
export type AssignmentDoc = z.infer<typeof assignmentDocSchema>

/** A row document as read from CouchDB, its row checked and tied to its id and audit. */
export type RowDoc = {
  [T in SyncedTable]: {
    _id: string
    _rev?: string
    table: T
    /** Absent when the document was deleted: the row is to be removed. */
    row?: SyncedRows[T]
    by: string
    at: number
  }
}[SyncedTable]

export type ParsedTeamDoc =
  | { ok: true; kind: 'row'; doc: RowDoc }
  | { ok: true; kind: 'comment'; doc: CommentDoc }
  | { ok: true; kind: 'assignment'; doc: AssignmentDoc }
  | { ok: false; id: string; error: string }

/** A Dexie row of a synced table: for audits, with the fields kept on this laptop. */
export type LocalRow<T extends SyncedTable> = T extends 'audits' ? Audit : SyncedRows[T]

/** What of a local row is shared, as JSON: exactly what the server will hold. */
export function sharedRow<T extends SyncedTable>(table: T, row: LocalRow<T>): SyncedRows[T] {
  const shared = JSON.parse(JSON.stringify(row)) as Record<string, unknown>
  if (table === 'audits') for (const field of LOCAL_AUDIT_FIELDS) delete shared[field]
  return shared as SyncedRows[T]
}

/** What is written to CouchDB for a row: its kind, its shared part, and who wrote it when. */
export function documentOfRow<T extends SyncedTable>(
  table: T,
  row: LocalRow<T>,
  by: string,
  at: number,
): { _id: string; kind: string; row: SyncedRows[T]; by: string; at: number } {
  const { docId } = docAddressOfRow(table, row as never)
  return { _id: docId, kind: DOC_KINDS[table], row: sharedRow(table, row), by, at }
}

/**
 * Checks a document from the server before anything of it is applied: its envelope, its row
 * against the archive's strict schema, and that the row is the one its id names in this audit (a
 * document claiming another audit's row, or another question's, is refused).
 */
export function parseTeamDoc(raw: unknown, auditId: string): ParsedTeamDoc {
  const id = typeof raw === 'object' && raw !== null ? String((raw as { _id?: unknown })._id) : '?'
  const fail = (error: string): ParsedTeamDoc => ({ ok: false, id, error })
  const kind = (raw as { kind?: unknown } | null)?.kind
  if (kind === 'comment') {
    const comment = commentDocSchema.safeParse(raw)
    return comment.success
      ? { ok: true, kind: 'comment', doc: comment.data }
      : fail(describe(comment.error))
  }
  if (kind === 'assignment') {
    const assignment = assignmentDocSchema.safeParse(raw)
    return assignment.success
      ? { ok: true, kind: 'assignment', doc: assignment.data }
      : fail(describe(assignment.error))
  }
  const deletedTable = tableOfDocId(id)
  if ((raw as { _deleted?: unknown })._deleted === true && deletedTable !== undefined) {
    // A deletion may carry nothing but its id and revision (PouchDB's `remove`).
    const { _rev, by, at } = raw as { _rev?: unknown; by?: unknown; at?: unknown }
    return {
      ok: true,
      kind: 'row',
      doc: {
        _id: id,
        _rev: typeof _rev === 'string' ? _rev : undefined,
        table: deletedTable,
        by: typeof by === 'string' ? by : '',
        at: typeof at === 'number' ? at : 0,
      },
    }
  }
  const envelope = rowDocShape.safeParse(raw)
  if (!envelope.success) return fail(describe(envelope.error))
  const { _id, _rev, by, at } = envelope.data
  const table = tableOfDocId(_id)
  if (table === undefined || DOC_KINDS[table] !== envelope.data.kind)
    return fail(`"${_id}" is not a document of kind "${envelope.data.kind}"`)
  const row = ROW_SCHEMAS[table].safeParse(envelope.data.row)
  if (!row.success) return fail(`row: ${describe(row.error)}`)
  const address = docAddressOfRow(table, row.data as never)
  if (address.auditId !== auditId) return fail(`holds a row of audit "${address.auditId}"`)
  if (address.docId !== _id) return fail(`holds the row of "${address.docId}"`)
  return { ok: true, kind: 'row', doc: { _id, _rev, table, row: row.data, by, at } as RowDoc }
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'invalid'
}
