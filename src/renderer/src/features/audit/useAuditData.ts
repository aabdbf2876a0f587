import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  indexAnswers,
  interviewOrder,
  type Answer,
  type Audit,
  type AuditContent,
  type InterviewStep,
} from '@core/audit'
import { useDatabase } from '../../db/DatabaseContext'

export interface AuditData {
  audit: Audit
  content: AuditContent
  order: InterviewStep[]
  answers: Map<string, Answer>
  answerList: Answer[]
}

/** The audit, its frozen content and its answers, live; `null` when the audit does not exist. */
export function useAuditData(auditId: string): AuditData | null | undefined {
  const db = useDatabase()
  const audit = useLiveQuery(async () => (await db.audits.get(auditId)) ?? null, [db, auditId])
  // The content never changes after creation; the answers change with every edit.
  const content = useLiveQuery(
    async () => (await db.auditContents.get(auditId)) ?? null,
    [db, auditId],
  )
  const answerList = useLiveQuery(
    () => db.answers.where('auditId').equals(auditId).toArray(),
    [db, auditId],
  )
  const order = useMemo(() => (content ? interviewOrder(content) : []), [content])
  const answers = useMemo(() => indexAnswers(answerList ?? []), [answerList])

  if (audit === undefined || content === undefined || answerList === undefined) return undefined
  if (audit === null || content === null || audit.deletedAt !== undefined) return null
  return { audit, content, order, answers, answerList }
}
