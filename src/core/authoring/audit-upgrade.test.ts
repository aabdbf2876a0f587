import { describe, expect, it } from 'vitest'
import { snapshotContent, emptyAnswer } from '../audit/model'
import type { Answer, Audit } from '../audit/model'
import { interviewOrder } from '../audit/question-order'
import { builtinPack } from '../content/builtin'
import { answersInScope } from '../audit/scope'
import { applyAuditUpgrade, planAuditUpgrade } from './audit-upgrade'
import { editDraft } from './edits'
import type { DraftEdit } from './edit-types'
import { publishSection } from './publish'
import { draftFromPack, duplicateAsCustom, takenIdsIn } from './section-draft'
import type { ContentPack } from '../content/schema'

const NOW = 1_700_000_000_000
const draft = duplicateAsCustom(builtinPack.sections[0]!, takenIdsIn([builtinPack]))
const sectionId = draft.section.id

function publish(previous: ContentPack | undefined, ...edits: DraftEdit[]): ContentPack {
  const start = previous ? draftFromPack(previous, sectionId)! : draft
  const result = publishSection(edits.reduce(editDraft, start), previous, NOW)
  if (!result.ok) throw new Error(result.reason)
  return result.published.pack
}

const v1 = publish(undefined)
const v2 = publish(
  v1,
  { kind: 'removeQuestion', questionId: 'escalation-path' },
  { kind: 'removeQuestion', questionId: 'emergency-contacts' },
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
  { kind: 'setOutcomeText', outcomeId: 'runbooked', field: 'name', value: 'Documented' },
)
const content = snapshotContent('a1', [builtinPack, v1], ['incident-response', sectionId])
const answered = (questionId: string, section = sectionId): Answer => ({
  ...emptyAnswer('a1', section, questionId, NOW),
  rating: 'met',
})
const answers = [
  answered('who-gets-paged'),
  answered('escalation-path'),
  answered('escalation-path', 'incident-response'),
]
const audit: Audit = {
  id: 'a1',
  client: 'Acme',
  system: 'Pay',
  auditors: [],
  firm: '',
  startDate: '2025-01-01',
  status: 'in-progress',
  contextNotes: '',
  sectionIds: ['incident-response', sectionId],
  questionCount: interviewOrder(content).length,
  createdAt: NOW,
  updatedAt: NOW,
}

describe('updating an audit to a new version', () => {
  const plan = planAuditUpgrade(content, v2, answers)

  it('lists new, removed and reworded questions, saying which were answered', () => {
    const [upgrade] = plan.sections
    expect(plan.sections).toHaveLength(1)
    expect(upgrade!.newQuestions).toEqual([
      { questionId: 'are-runbooks-tested', prompt: 'Are runbooks tested?', answered: false },
    ])
    expect(upgrade!.removedQuestions.map((q) => [q.questionId, q.answered])).toEqual([
      ['escalation-path', true],
      ['emergency-contacts', false],
    ])
    expect(upgrade!.rewordedQuestions).toEqual([
      { questionId: 'who-gets-paged', prompt: 'Who is on call tonight?', answered: true },
    ])
    expect(plan.questionCount).toEqual({ before: 18, after: 17 })
  })

  it('says it in sentences before the consultant confirms', () => {
    expect(plan.summary).toEqual([
      'Incident Response: version 1 → version 2',
      '1 new question to answer',
      '2 questions out of scope; 1 answer kept in the audit but no longer counted',
      '1 question reworded; answers are kept',
      "outcome 'Runbooked' renamed to 'Documented'",
    ])
  })

  it('changes only the sections of that pack, and keeps every answer', () => {
    const result = applyAuditUpgrade(audit, content, plan, NOW + 1)
    if ('problem' in result) throw new Error(result.problem)
    expect(result.content.sections[0]).toBe(content.sections[0])
    expect(result.content.sections[1]).toMatchObject({ packVersion: '2.0.0' })
    expect(result.audit).toMatchObject({
      questionCount: 17,
      scopeUpdatedAt: NOW + 1,
      updatedAt: NOW + 1,
    })
    // The dropped question's answer stays in the audit but is no longer in its scope.
    expect(
      answersInScope(result.content, answers).map((a) => `${a.sectionId}/${a.questionId}`),
    ).toEqual([`${sectionId}/who-gets-paged`, 'incident-response/escalation-path'])
    // The audit as it was is untouched until the plan is applied.
    expect(content.sections[1]).toMatchObject({ packVersion: '1.0.0' })
  })

  it('brings an answer back in scope when a later version restores its question', () => {
    const v3 = publish(v2, {
      kind: 'addQuestion',
      checkId: 'on-call-escalation',
      prompt: 'Escalation path?',
      guidance: 'Back.',
      outcomeId: 'owned',
      id: 'escalation-path',
    })
    const upgraded = applyAuditUpgrade(audit, content, plan, NOW)
    if ('problem' in upgraded) throw new Error(upgraded.problem)
    const again = planAuditUpgrade(upgraded.content, v3, answers)
    expect(again.sections[0]!.newQuestions).toEqual([
      { questionId: 'escalation-path', prompt: 'Escalation path?', answered: true },
    ])
  })

  it('has nothing to do for an audit already on that version, and refuses a final audit', () => {
    expect(planAuditUpgrade(content, v1, answers)).toMatchObject({
      sections: [],
      summary: [expect.stringMatching(/^Nothing in this audit would change/)],
    })
    expect(applyAuditUpgrade({ ...audit, status: 'final' }, content, plan, NOW)).toEqual({
      problem: 'This audit is final. Reopen it to make changes.',
    })
  })

  it('keeps a section the new version no longer has', () => {
    const other = {
      ...v2,
      sections: [{ ...v2.sections[0]!, id: 'something-else' }],
      version: '3.0.0',
    }
    const p = planAuditUpgrade(content, other, answers)
    expect(p.sections).toEqual([])
    expect(p.summary).toEqual(['Incident Response is not in version 3; it stays as it is'])
  })
})
