import { useLiveQuery } from 'dexie-react-hooks'
import { useDatabase } from '../../db/DatabaseContext'
import { answeredCounts } from '../../db/repositories/progress'
import { summarizeAuditsCounted, type AuditSummary } from './audit-list'

/**
 * Every audit that is not deleted, with its progress; undefined while loading. The answered
 * questions are counted in an index, not read: with a year of audits, reading every answer and
 * its notes was most of the time this screen took to appear.
 */
export function useAuditSummaries(): AuditSummary[] | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => {
    const audits = await db.audits.toArray()
    const answered = await answeredCounts(
      db,
      audits.map((a) => a.id),
    )
    return summarizeAuditsCounted(audits, answered)
  }, [db])
}
