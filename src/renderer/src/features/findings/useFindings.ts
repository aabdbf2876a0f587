import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { deriveFindings, type Finding } from '@core/findings'
import { useDatabase } from '../../db/DatabaseContext'
import { findingEditsOf } from '../../db/repositories/findings'
import type { AuditData } from '../audit/useAuditData'

/** The audit's findings, live: derived from its answers with the consultant's edits applied. */
export function useFindings(data: AuditData): Finding[] | undefined {
  const db = useDatabase()
  const auditId = data.audit.id
  const edits = useLiveQuery(() => findingEditsOf(db, auditId), [db, auditId])
  return useMemo(
    () => (edits ? deriveFindings(data.content, data.answers, edits) : undefined),
    [data.content, data.answers, edits],
  )
}
