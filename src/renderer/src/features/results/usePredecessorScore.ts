import { useLiveQuery } from 'dexie-react-hooks'
import type { Audit } from '@core/audit'
import { scoreAudit, type AuditScore } from '@core/scoring'
import { useDatabase } from '../../db/DatabaseContext'

export type PredecessorScore =
  | { state: 'none' }
  | { state: 'loading' }
  /** The audit this one re-assesses was deleted: there is nothing to compare with. */
  | { state: 'deleted' }
  | { state: 'found'; audit: Audit; score: AuditScore }

/** The scores of the audit this one re-assesses, live, scored by the same functions. */
export function usePredecessorScore(audit: Audit): PredecessorScore {
  const db = useDatabase()
  const id = audit.predecessorId
  const result = useLiveQuery(async (): Promise<PredecessorScore> => {
    if (!id) return { state: 'none' }
    const previous = await db.audits.get(id)
    const content = await db.auditContents.get(id)
    if (!previous || !content || previous.deletedAt !== undefined) return { state: 'deleted' }
    const answers = await db.answers.where('auditId').equals(id).toArray()
    return { state: 'found', audit: previous, score: scoreAudit(content, answers) }
  }, [db, id])
  return result ?? { state: 'loading' }
}
