import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content/builtin'
import { describeSectionChanges, hasSectionChanges } from './describe-changes'
import { editDraft } from './edits'
import type { DraftEdit } from './edit-types'
import { diffSection } from './section-changes'
import { draftFromPack } from './section-draft'

const before = builtinPack.sections[0]!
const after = (...edits: DraftEdit[]) =>
  edits.reduce(editDraft, draftFromPack(builtinPack, before.id)!).section

describe('the changes between two versions of a section', () => {
  it('finds none between a section and itself', () => {
    expect(hasSectionChanges(diffSection(before, after()))).toBe(false)
  })

  it('counts questions that evidence another outcome or weigh differently', () => {
    const changes = diffSection(
      before,
      after(
        { kind: 'setQuestionOutcome', questionId: 'who-gets-paged', outcomeId: 'reachable' },
        { kind: 'setQuestionWeight', questionId: 'who-gets-paged', weight: 3 },
      ),
    )
    expect(changes.questions.relinked).toEqual([
      {
        id: 'who-gets-paged',
        prompt: expect.any(String),
        checkId: 'on-call-escalation',
        fromOutcomeId: 'owned',
        toOutcomeId: 'reachable',
      },
    ])
    expect(describeSectionChanges(changes)).toEqual([
      '1 question linked to another outcome, 1 reweighted',
    ])
  })

  it('notices a reordered ladder (levels mean something else), and wording elsewhere', () => {
    const changes = diffSection(
      before,
      after(
        { kind: 'moveOutcome', outcomeId: 'owned', to: 4 },
        { kind: 'removeOutcome', outcomeId: 'improving' },
        { kind: 'setOutcomeText', outcomeId: 'learning', field: 'description', value: 'Learns.' },
        { kind: 'setCheckText', checkId: 'runbooks', field: 'intro', value: 'Runbooks.' },
        { kind: 'setSectionText', field: 'goalText', value: 'Calm.' },
        { kind: 'removePreparationItem', itemId: 'recent-incidents' },
        { kind: 'setPreparationText', itemId: 'incident-tools', field: 'text', value: 'Tools?' },
      ),
    )
    expect(describeSectionChanges(changes)).toEqual([
      "outcome 'Improving' removed",
      'the ladder reordered',
      '1 Before You Start item removed, 1 changed',
      "also changed: the goal, the description of outcome 'Learning', the introduction of check 'Runbooks & Playbooks'",
    ])
  })

  it('does not call a move reordering when only an item between was removed', () => {
    const changes = diffSection(before, after({ kind: 'removeCheck', checkId: 'runbooks' }))
    expect(changes.checks).toMatchObject({ reordered: false, removed: [{ id: 'runbooks' }] })
    expect(changes.questions.removed.map((q) => q.id)).toEqual([
      'runbook-for-newcomers',
      'runbook-from-alert',
      'runbook-freshness',
    ])
  })
})
