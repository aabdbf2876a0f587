import { useLiveQuery } from 'dexie-react-hooks'
import { useDatabase } from '../../db/DatabaseContext'
import { summarizeAudits, type AuditSummary } from './audit-list'

/**
 * Every audit that is not deleted, with its progress; undefined while loading. Answers are read
 * in one query and grouped in memory, which is ample for a consultant's few hundred audits.
 */
export function useAuditSummaries(): AuditSummary[] | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => {
    const [audits, answers] = await Promise.all([db.audits.toArray(), db.answers.toArray()])
    return summarizeAudits(audits, answers)
  }, [db])
}
