import { beforeEach, describe, expect, it } from 'vitest'
import { customSection35, publishedVersions } from '@core/authoring/test-support/published-versions'
import { answersInScope, interviewOrder } from '@core/audit'
import type { ContentPack } from '@core/content'
import { deriveFindings } from '@core/findings'
import { buildReportModel } from '@core/report/build'
import { DEFAULT_REPORT_OPTIONS } from '@core/report/build/input'
import { scoreAudit } from '@core/scoring'
import { loadReportInput } from '../../features/report/load-report-input'
import type { WorkbookDatabase } from '../database'
import { fakeClock, freshDatabase } from '../test-support/fixtures'
import { answersOf, auditContent, liveAudit } from '../queries/audits'
import { saveAnswer } from './answers'
import { upgradeAudit } from './audit-upgrade'
import { createAudit, setAuditStatus } from './audits'

const sectionId = customSection35.section.id
/** Version 2: one question removed, one reworded, one added. */
const [v1, v2] = publishedVersions([
  { kind: 'removeQuestion', questionId: 'escalation-path' },
  {
    kind: 'setQuestionText',
    questionId: 'who-gets-paged',
    field: 'prompt',
    value: 'Who is on call tonight?',
  },
  {
    kind: 'addQuestion',
    checkId: 'runbooks',
    prompt: 'Are runbooks tested?',
    guidance: 'Drills.',
    outcomeId: 'runbooked',
  },
]) as [ContentPack, ContentPack]
/** Version 1's questions again: the removed one comes back. */
const v3: ContentPack = { ...v1, version: '3.0.0' }

describe('upgradeAudit', () => {
  let db: WorkbookDatabase
  const clock = fakeClock()

  beforeEach(async () => {
    db = await freshDatabase()
  })

  async function answeredAudit() {
    const audit = await createAudit(
      db,
      {
        client: 'Northwind Traders',
        system: 'Payments platform',
        auditors: ['Ana Ruiz'],
        firm: '',
        startDate: '2026-11-28',
        sectionIds: [sectionId],
        contextNotes: '',
      },
      [v1],
      clock,
    )
    const key = (questionId: string) => ({ auditId: audit.id, sectionId, questionId })
    await saveAnswer(db, key('who-gets-paged'), { rating: 'met' }, clock)
    await saveAnswer(
      db,
      key('escalation-path'),
      { rating: 'not-met', notes: 'Nobody to escalate to' },
      clock,
    )
    return audit
  }

  async function stored(auditId: string) {
    const [audit, content, answers] = await Promise.all([
      liveAudit(db, auditId),
      auditContent(db, auditId),
      answersOf(db, auditId),
    ])
    return { audit: audit!, content: content!, answers }
  }

  it('moves the audit to the new version and its question count, keeping every answer', async () => {
    const audit = await answeredAudit()
    clock.advance(60_000)
    const plan = await upgradeAudit(db, audit.id, v2, clock)

    expect(plan.summary[0]).toBe('Incident Response: version 1 → version 2')
    const after = await stored(audit.id)
    expect(after.content.sections[0]!.packVersion).toBe('2.0.0')
    const questionIds = interviewOrder(after.content).map((s) => s.question.id)
    expect(questionIds).toContain('are-runbooks-tested')
    expect(questionIds).not.toContain('escalation-path')
    expect(after.audit.questionCount).toBe(questionIds.length)
    expect(after.audit.questionCount).toBe(audit.questionCount)
    expect(after.audit.updatedAt).toBe(clock.now())
    // The dropped question's answer is kept, out of scope.
    expect(after.answers.map((a) => a.questionId).sort()).toEqual([
      'escalation-path',
      'who-gets-paged',
    ])
    expect(answersInScope(after.content, after.answers).map((a) => a.questionId)).toEqual([
      'who-gets-paged',
    ])
  })

  it('brings a kept answer back into scope when a later version restores its question', async () => {
    const audit = await answeredAudit()
    await upgradeAudit(db, audit.id, v2, clock)
    await upgradeAudit(db, audit.id, v3, clock)
    const after = await stored(audit.id)
    expect(after.content.sections[0]!.packVersion).toBe('3.0.0')
    const back = answersInScope(after.content, after.answers).find(
      (a) => a.questionId === 'escalation-path',
    )
    expect(back).toMatchObject({ rating: 'not-met', notes: 'Nobody to escalate to' })
  })

  it('refuses a final audit and writes nothing', async () => {
    const audit = await answeredAudit()
    await setAuditStatus(db, audit.id, 'final', clock)
    const before = await stored(audit.id)
    await expect(upgradeAudit(db, audit.id, v2, clock)).rejects.toThrow(
      'This audit is final. Reopen it to make changes.',
    )
    expect(await stored(audit.id)).toEqual(before)
  })

  it('refuses a version the audit is not behind on and writes nothing', async () => {
    const audit = await answeredAudit()
    const before = await stored(audit.id)
    await expect(upgradeAudit(db, audit.id, v1, clock)).rejects.toThrow(
      'This audit already uses version 1 of',
    )
    expect(await stored(audit.id)).toEqual(before)
  })

  it('leaves an out-of-scope answer out of the results, the findings and the Word report', async () => {
    const audit = await answeredAudit()
    const before = await stored(audit.id)
    expect(deriveFindings(before.content, before.answers, []).map((f) => f.questionId)).toEqual([
      'escalation-path',
    ])

    await upgradeAudit(db, audit.id, v2, clock)
    const after = await stored(audit.id)
    const score = scoreAudit(after.content, after.answers)
    expect(score.sections[0]!.questions.map((q) => q.questionId)).not.toContain('escalation-path')
    expect(score.coverage).toEqual(
      scoreAudit(after.content, answersInScope(after.content, after.answers)).coverage,
    )
    expect(deriveFindings(after.content, after.answers, [])).toEqual([])

    const input = await loadReportInput(db, audit.id, DEFAULT_REPORT_OPTIONS, {
      now: clock.now(),
      timeZone: 'UTC',
    })
    const report = JSON.stringify(buildReportModel(input))
    expect(report).toContain('Are runbooks tested?')
    expect(report).not.toContain('Nobody to escalate to')
    expect(report).not.toContain('What happens when the on-call person is stuck and panicking?')
  })
})
