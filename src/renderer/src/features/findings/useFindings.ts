import { useMemo } from 'react'
import { deriveFindings, type Finding } from '@core/findings'
import { useFindingEdits } from '../../db/queries/useFindingEdits'
import type { AuditData } from '../audit-frame/useAuditData'

/** The audit's findings, live: derived from its answers with the consultant's edits applied. */
export function useFindings(data: AuditData): Finding[] | undefined {
  const edits = useFindingEdits(data.audit.id)
  return useMemo(
    () => (edits ? deriveFindings(data.content, data.answers, edits) : undefined),
    [data.content, data.answers, edits],
  )
}
