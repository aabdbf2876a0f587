import { useMemo } from 'react'
import type { Audit } from '@core/audit'
import { scoreAudit, type AuditScore } from '@core/scoring'
import { useAuditRecord } from '../../db/queries/useAudits'

export type PredecessorScore =
  | { state: 'none' }
  | { state: 'loading' }
  /** The audit this one re-assesses was deleted: there is nothing to compare with. */
  | { state: 'deleted' }
  | { state: 'found'; audit: Audit; score: AuditScore }

/** The scores of the audit this one re-assesses, live, scored by the same functions. */
export function usePredecessorScore(audit: Audit): PredecessorScore {
  const id = audit.predecessorId
  const record = useAuditRecord(id)
  return useMemo((): PredecessorScore => {
    if (record === undefined) return { state: 'loading' }
    if (!id) return { state: 'none' }
    if (record === null) return { state: 'deleted' }
    return {
      state: 'found',
      audit: record.audit,
      score: scoreAudit(record.content, record.answers),
    }
  }, [id, record])
}
