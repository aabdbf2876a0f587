import { useLiveQuery } from 'dexie-react-hooks'
import type { FindingEdit } from '@core/findings'
import { useDatabase } from '../DatabaseContext'
import { findingEditsOf } from './findings'

/** The audit's finding edits, live; undefined while loading. */
export function useFindingEdits(auditId: string): FindingEdit[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => findingEditsOf(db, auditId), [db, auditId])
}
