import { useMemo } from 'react'
import { useAllAudits } from '../../db/queries/useAudits'
import { summarizeAudits, type AuditSummary } from './audit-list'

/** Every audit that is not deleted, with its predecessor; undefined while loading. */
export function useAuditSummaries(): AuditSummary[] | undefined {
  const audits = useAllAudits()
  return useMemo(() => (audits ? summarizeAudits(audits) : undefined), [audits])
}
