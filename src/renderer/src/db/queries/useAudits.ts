import { useEffect } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Answer, Audit, AuditContent, PreparationAnswer } from '@core/audit'
import type { WorkbookDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
import { answeredCount } from './answered-counts'
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

/** The audits read as the database opened (`readAuditsEarly`), for the first screen only. */
let early: { db: WorkbookDatabase; audits?: Audit[] } | undefined

/**
 * Starts reading every audit as soon as the database is open, while the app's first screen is
 * still being made: on a cold start with years of audits that read is the longest wait before
 * the audits screen, and nothing else needs the database yet. The first screen that lists the
 * audits shows what it read until its own live read answers, a moment later; a screen after it
 * never does (the read is dropped once a screen has asked, and a second after the start).
 */
export function readAuditsEarly(db: WorkbookDatabase): void {
  const read: { db: WorkbookDatabase; audits?: Audit[] } = { db }
  early = read
  allAudits(db).then(
    (audits) => (read.audits = audits),
    () => undefined, // the screen's own read says what went wrong
  )
  setTimeout(() => {
    if (early === read) early = undefined
  }, 1_000)
}

/** Every audit row, deleted ones included. */
export function useAllAudits(): Audit[] | undefined {
  const db = useDatabase()
  const first = early?.db === db ? early.audits : undefined
  useEffect(() => {
    early = undefined
  }, [])
  return useLiveQuery(() => allAudits(db), [db], first)
}

/**
 * How many of the audit's questions are answered (see `answeredCount`), live. Each row of the
 * audits screen asks for its own: counting every audit before showing any took most of the
 * screen's start with five years of audits, and a rendered row is all that needs its count.
 */
export function useAnsweredCount(audit: Pick<Audit, 'id' | 'scopeUpdatedAt'>): number | undefined {
  const db = useDatabase()
  const { id, scopeUpdatedAt } = audit
  return useLiveQuery(() => answeredCount(db, { id, scopeUpdatedAt }), [db, id, scopeUpdatedAt])
}
