import { useLiveQuery } from 'dexie-react-hooks'
import type { Answer, Audit, AuditContent, PreparationAnswer } from '@core/audit'
import { useDatabase } from '../DatabaseContext'
import { answeredCounts } from './answered-counts'
import {
  allAudits,
  answersOf,
  auditContent,
  auditRecord,
  liveAudit,
  preparationAnswersOf,
  type AuditRecord,
} from './audits'

/*
 * Live reads of audits for the screens: each returns undefined while loading, and re-renders
 * its component whenever what it read changes.
 */

/** The audit, live; null when it is missing or deleted. */
export function useAudit(auditId: string): Audit | null | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (await liveAudit(db, auditId)) ?? null, [db, auditId])
}

/** The audit's frozen content; null when it is missing. */
export function useAuditContent(auditId: string): AuditContent | null | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (await auditContent(db, auditId)) ?? null, [db, auditId])
}

export function useAnswers(auditId: string): Answer[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => answersOf(db, auditId), [db, auditId])
}

export function usePreparationAnswers(auditId: string): PreparationAnswer[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => preparationAnswersOf(db, auditId), [db, auditId])
}

/** The audit (undefined when missing or deleted) and its content, read together. */
export function useAuditWithContent(
  auditId: string,
): { audit: Audit | undefined; content: AuditContent | undefined } | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => ({ audit: await liveAudit(db, auditId), content: await auditContent(db, auditId) }),
    [db, auditId],
  )
}

/** An audit with its content and answers; null when there is no id or no such live audit. */
export function useAuditRecord(auditId: string | undefined): AuditRecord | null | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (auditId ? ((await auditRecord(db, auditId)) ?? null) : null),
    [db, auditId],
  )
}

export interface AuditsWithProgress {
  /** Every audit row, deleted ones included. */
  audits: Audit[]
  /** Each audit's answered questions, by id (see `answeredCounts`). */
  answered: Map<string, number>
}

/**
 * Every audit with its progress. The answered questions are counted in an index, not read: with
 * a year of audits, reading every answer and its notes was most of the time the audits screen
 * took to appear.
 */
export function useAuditsWithProgress(): AuditsWithProgress | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => {
    const audits = await allAudits(db)
    const answered = await answeredCounts(db, audits)
    return { audits, answered }
  }, [db])
}
