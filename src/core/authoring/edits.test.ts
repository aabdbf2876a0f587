import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content/builtin'
import { draftFromPack } from './section-draft'
import type { SectionDraft } from './section-draft'
import { editDraft } from './edits'
import type { DraftEdit } from './edit-types'

const start = draftFromPack(builtinPack, 'incident-response')!
const edit = (...edits: DraftEdit[]): SectionDraft => edits.reduce(editDraft, start)
const checkIds = (d: SectionDraft) => d.section.checks.map((c) => c.id)
const questionIds = (d: SectionDraft, checkId: string) =>
  d.section.checks.find((c) => c.id === checkId)!.questions.map((q) => q.id)

describe('editing a section draft', () => {
  it('never changes the draft it is given', () => {
    const before = JSON.stringify(start)
    edit(
      { kind: 'setSectionText', field: 'title', value: 'Incidents' },
      { kind: 'removeCheck', checkId: 'runbooks' },
      { kind: 'moveQuestion', questionId: 'who-gets-paged', toCheckId: 'post-mortems', to: 0 },
    )
    expect(JSON.stringify(start)).toBe(before)
  })

  it('sets every section field; an emptied introduction is absent, as in a pack file', () => {
    const d = edit(
      { kind: 'setSectionNumber', value: 36 },
      { kind: 'setSectionText', field: 'category', value: 'Operations' },
      { kind: 'setSectionText', field: 'goalHeadline', value: 'Calm' },
      { kind: 'setSectionText', field: 'goalText', value: 'Be calm.' },
      { kind: 'setSectionText', field: 'introduction', value: '' },
      { kind: 'setThreshold', value: 0.8 },
    )
    expect(d.section).toMatchObject({ number: 36, category: 'Operations' })
    expect(d.section.goal).toEqual({ headline: 'Calm', text: 'Be calm.' })
    expect('introduction' in d.section).toBe(false)
    expect(d.achievementThreshold).toBe(0.8)
  })

  it('keeps a check id when the check is renamed', () => {
    const d = edit({
      kind: 'setCheckText',
      checkId: 'runbooks',
      field: 'title',
      value: 'Playbooks',
    })
    expect(d.section.checks[1]).toMatchObject({ id: 'runbooks', title: 'Playbooks' })
  })

  it('makes ids from titles on add, unique in the section, or takes the given one', () => {
    const d = edit(
      { kind: 'addCheck', title: 'Runbooks' },
      { kind: 'addCheck', title: '', id: 'tooling' },
      { kind: 'addQuestion', checkId: 'runbooks-2', prompt: 'Who gets paged?', outcomeId: 'owned' },
      { kind: 'addOutcome', name: 'Rehearsed', at: 2 },
    )
    expect(checkIds(d)).toEqual([
      'on-call-escalation',
      'runbooks',
      'post-mortems',
      'runbooks-2',
      'tooling',
    ])
    expect(questionIds(d, 'runbooks-2')).toEqual(['who-gets-paged-2'])
    expect(d.section.outcomes[2]).toEqual({ id: 'rehearsed', name: 'Rehearsed', description: '' })
  })

  it('refuses a check id that is taken or not an id', () => {
    expect(edit({ kind: 'setCheckId', checkId: 'runbooks', id: 'post-mortems' })).toBe(start)
    expect(edit({ kind: 'setCheckId', checkId: 'runbooks', id: 'Run Books' })).toBe(start)
    expect(checkIds(edit({ kind: 'setCheckId', checkId: 'runbooks', id: 'playbooks' }))[1]).toBe(
      'playbooks',
    )
  })

  it('reorders and removes outcomes; questions keep the removed outcome as a problem', () => {
    const moved = edit({ kind: 'moveOutcome', outcomeId: 'improving', to: 0 })
    expect(moved.section.outcomes.map((o) => o.id)).toEqual([
      'improving',
      'owned',
      'reachable',
      'runbooked',
      'learning',
    ])
    const removed = edit({ kind: 'removeOutcome', outcomeId: 'runbooked' })
    expect(removed.section.outcomes.map((o) => o.id)).not.toContain('runbooked')
    expect(removed.removedOutcomes).toEqual({ runbooked: 'Runbooked' })
    expect(questionIds(removed, 'runbooks')).toHaveLength(3)
    expect(removed.section.checks[1]!.questions[0]!.outcomeId).toBe('runbooked')
    // Adding it back reconnects those questions.
    const back = editDraft(removed, { kind: 'addOutcome', name: 'Runbooked' })
    expect(back.removedOutcomes).toEqual({})
    expect(back.section.outcomes.at(-1)!.id).toBe('runbooked')
  })

  it('edits Before You Start items: a task keeps no fact label', () => {
    const d = edit(
      { kind: 'addPreparationItem', text: 'Which pager?', itemKind: 'fact', factLabel: 'Pager' },
      { kind: 'setPreparationKind', itemId: 'coverage-needs', itemKind: 'task' },
      { kind: 'movePreparationItem', itemId: 'which-pager', to: 0 },
      { kind: 'removePreparationItem', itemId: 'recent-incidents' },
    )
    expect(d.section.preparation.map((p) => p.id)).toEqual([
      'which-pager',
      'coverage-needs',
      'incident-tools',
      'existing-runbooks',
    ])
    expect(d.section.preparation[0]).toMatchObject({ kind: 'fact', factLabel: 'Pager' })
    expect('factLabel' in d.section.preparation[1]!).toBe(false)
    const relabelled = editDraft(d, {
      kind: 'setPreparationText',
      itemId: 'which-pager',
      field: 'factLabel',
      value: '',
    })
    expect('factLabel' in relabelled.section.preparation[0]!).toBe(false)
  })

  it('edits a question, reorders it within its check, and moves it to another', () => {
    const d = edit(
      {
        kind: 'setQuestionText',
        questionId: 'who-gets-paged',
        field: 'prompt',
        value: 'Who is on call?',
      },
      { kind: 'setQuestionWeight', questionId: 'who-gets-paged', weight: 2 },
      { kind: 'setQuestionOutcome', questionId: 'who-gets-paged', outcomeId: 'reachable' },
      {
        kind: 'moveQuestion',
        questionId: 'who-gets-paged',
        toCheckId: 'on-call-escalation',
        to: 99,
      },
    )
    expect(questionIds(d, 'on-call-escalation')).toEqual([
      'escalation-path',
      'emergency-contacts',
      'out-of-band-alerting',
      'who-gets-paged',
    ])
    expect(d.section.checks[0]!.questions[3]).toMatchObject({
      id: 'who-gets-paged',
      prompt: 'Who is on call?',
      weight: 2,
      outcomeId: 'reachable',
    })
    const moved = editDraft(d, {
      kind: 'moveQuestion',
      questionId: 'who-gets-paged',
      toCheckId: 'runbooks',
      to: 1,
    })
    expect(questionIds(moved, 'runbooks')).toEqual([
      'runbook-for-newcomers',
      'who-gets-paged',
      'runbook-from-alert',
      'runbook-freshness',
    ])
    expect(questionIds(moved, 'on-call-escalation')).not.toContain('who-gets-paged')
  })

  it('removes a question, or a check with its questions', () => {
    const d = edit(
      { kind: 'removeQuestion', questionId: 'escalation-path' },
      { kind: 'removeCheck', checkId: 'post-mortems' },
    )
    expect(checkIds(d)).toEqual(['on-call-escalation', 'runbooks'])
    expect(questionIds(d, 'on-call-escalation')).not.toContain('escalation-path')
  })

  it('returns the same draft when an edit names nothing that exists', () => {
    expect(edit({ kind: 'removeQuestion', questionId: 'nope' })).toBe(start)
    expect(edit({ kind: 'moveCheck', checkId: 'runbooks', to: 1 })).toBe(start)
    expect(edit({ kind: 'addQuestion', checkId: 'nope', prompt: 'x' })).toBe(start)
    expect(edit({ kind: 'setCheckText', checkId: 'nope', field: 'title', value: 'x' })).toBe(start)
  })
})
