import { useLiveQuery } from 'dexie-react-hooks'
import type { ConflictRow } from '../../team/team-rows'
import { useDatabase } from '../DatabaseContext'
import { isAuditShared, openConflictOf, openConflictsOf } from './team-conflicts'

/** The audit's open conflicts, live, oldest first; undefined while loading. */
export function useOpenConflicts(auditId: string): ConflictRow[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => openConflictsOf(db, auditId), [db, auditId])
}

/** One document's open conflict, live; null when it has none, undefined while loading. */
export function useOpenConflict(auditId: string, docId: string): ConflictRow | null | undefined {
  const db = useDatabase()
  return useLiveQuery(() => openConflictOf(db, auditId, docId), [db, auditId, docId])
}

/** Whether the audit's views include its conflicts list: when it is shared or has any open. */
export function useConflictsTab(auditId: string): { shown: boolean; open: number } {
  const db = useDatabase()
  const open = useOpenConflicts(auditId)?.length ?? 0
  const shared = useLiveQuery(() => isAuditShared(db, auditId), [db, auditId]) ?? false
  return { shown: shared || open > 0, open }
}
