import { useMemo } from 'react'
import {
  indexAnswers,
  interviewOrder,
  type Answer,
  type Audit,
  type AuditContent,
  type InterviewStep,
} from '@core/audit'
import { useAnswers, useAudit, useAuditContent } from '../../db/queries/useAudits'

export interface AuditData {
  audit: Audit
  content: AuditContent
  order: InterviewStep[]
  answers: Map<string, Answer>
  answerList: Answer[]
}

/** The audit, its frozen content and its answers, live; `null` when it is missing or deleted. */
export function useAuditData(auditId: string): AuditData | null | undefined {
  const audit = useAudit(auditId)
  // The content changes only when the audit is updated to a newer version; the answers change
  // with every edit.
  const content = useAuditContent(auditId)
  const answerList = useAnswers(auditId)
  const order = useMemo(() => (content ? interviewOrder(content) : []), [content])
  const answers = useMemo(() => indexAnswers(answerList ?? []), [answerList])

  if (audit === undefined || content === undefined || answerList === undefined) return undefined
  if (audit === null || content === null) return null
  return { audit, content, order, answers, answerList }
}
