import { useMemo } from 'react'
import { useAuditsWithProgress } from '../../db/queries/useAudits'
import { summarizeAudits, type AuditSummary } from './audit-list'

/** Every audit that is not deleted, with its progress; undefined while loading. */
export function useAuditSummaries(): AuditSummary[] | undefined {
  const loaded = useAuditsWithProgress()
  return useMemo(
    () => (loaded ? summarizeAudits(loaded.audits, loaded.answered) : undefined),
    [loaded],
  )
}
