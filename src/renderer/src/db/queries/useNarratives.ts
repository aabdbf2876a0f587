import { useLiveQuery } from 'dexie-react-hooks'
import type { NarrativePart } from '@core/narrative'
import { useDatabase } from '../DatabaseContext'
import { narrativeRowsOf } from './narratives'

/** The audit's written parts, live; undefined while loading. */
export function useNarrativeRows(auditId: string): NarrativePart[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => narrativeRowsOf(db, auditId), [db, auditId])
}
