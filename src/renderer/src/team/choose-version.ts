import type { Answer, Audit } from '@core/audit'
import { LOCAL_AUDIT_FIELDS, type LocalRow, type SyncedTable } from '@core/team'
import type { WorkbookDatabase } from '../db/database'
import { resolveConflict } from './resolve-conflict'
import type { ConflictRow, ConflictVersion } from './team-rows'

/**
 * The consultant keeps one side of a conflict as it was. A version of the audit document lacks
 * the fields this laptop keeps to itself (when it was last changed, archived…): they stay.
 */
export async function keepVersion(
  db: WorkbookDatabase,
  conflict: ConflictRow,
  version: ConflictVersion,
  now: number,
): Promise<void> {
  await resolveConflict(
    db,
    conflict.auditId,
    conflict.docId,
    await localRow(db, conflict, version, now),
    now,
  )
}

async function localRow(
  db: WorkbookDatabase,
  conflict: ConflictRow,
  { row }: ConflictVersion,
  now: number,
): Promise<LocalRow<SyncedTable> | undefined> {
  if (row === undefined) return undefined
  if (conflict.table !== 'audits') return row as LocalRow<SyncedTable>
  const here = await db.audits.get(conflict.auditId)
  const kept: Partial<Audit> = { updatedAt: now }
  for (const field of LOCAL_AUDIT_FIELDS) if (here?.[field] !== undefined) kept[field] = here[field]
  return { ...row, ...kept } as Audit
}

/** The consultant merged an answer's sides: the merged answer becomes the one everyone has. */
export async function saveMergedAnswer(
  db: WorkbookDatabase,
  conflict: ConflictRow,
  answer: Answer,
  now: number,
): Promise<void> {
  await resolveConflict(db, conflict.auditId, conflict.docId, answer, now)
}
