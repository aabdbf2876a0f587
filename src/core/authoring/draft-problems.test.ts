import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content/builtin'
import { parseContentPack } from '../content/validate-pack'
import { canPublish, draftProblems, problemsAt } from './draft-problems'
import { editDraft } from './edits'
import type { DraftEdit } from './edit-types'
import { draftFromPack, newSectionDraft, packOfDraft, takenIdsIn } from './section-draft'
import type { SectionDraft } from './section-draft'

const start = draftFromPack(builtinPack, 'incident-response')!
const edit = (...edits: DraftEdit[]): SectionDraft => edits.reduce(editDraft, start)
const messages = (d: SectionDraft) => draftProblems(d).map((p) => p.message)

describe('problems of a draft, in a consultant’s words', () => {
  it('finds none in a sound section', () => {
    expect(draftProblems(start)).toEqual([])
    expect(canPublish(start)).toBe(true)
  })

  it('names each question left pointing at a removed outcome, at its outcome field', () => {
    const d = edit({ kind: 'removeOutcome', outcomeId: 'runbooked' })
    const problems = draftProblems(d)
    expect(problems.map((p) => p.message)).toEqual([
      "Question 1 of check 'Runbooks & Playbooks' evidences 'Runbooked', which is no longer on the ladder",
      "Question 2 of check 'Runbooks & Playbooks' evidences 'Runbooked', which is no longer on the ladder",
      "Question 3 of check 'Runbooks & Playbooks' evidences 'Runbooked', which is no longer on the ladder",
    ])
    expect(problemsAt(problems, 'section.checks.1.questions.2.outcomeId')).toHaveLength(1)
    expect(problems[0]!.where).toBe("Question 1 of check 'Runbooks & Playbooks'")
    expect(canPublish(d)).toBe(false)
  })

  it('says which field is empty, and that a question has no outcome chosen', () => {
    const d = edit(
      { kind: 'setQuestionText', questionId: 'escalation-path', field: 'prompt', value: '  ' },
      { kind: 'setSectionText', field: 'goalHeadline', value: '' },
      { kind: 'addQuestion', checkId: 'post-mortems', prompt: 'Who reads them?', guidance: 'Why.' },
    )
    expect(messages(d)).toEqual([
      'The section: the goal headline must not be empty',
      "Question 2 of check 'On-call & Escalation': the prompt must not be empty",
      "Question 3 of check 'Post-mortems' does not say which outcome it evidences",
    ])
  })

  it('flags an outcome no question evidences, a fact without its label, a weight of 0', () => {
    const d = edit(
      { kind: 'addOutcome', name: 'Rehearsed', description: 'Drills happen.' },
      { kind: 'setPreparationText', itemId: 'coverage-needs', field: 'factLabel', value: '' },
      { kind: 'setQuestionWeight', questionId: 'who-gets-paged', weight: 0 },
      { kind: 'setThreshold', value: 1.5 },
    )
    expect(messages(d)).toEqual([
      "Question 1 of check 'On-call & Escalation': the weight must be greater than 0",
      'The achievement threshold must be at most 1',
      'Before You Start item 1 is a fact to record, so it needs the label of the value to record',
      "No question evidences outcome 'Rehearsed'; every outcome on the ladder needs at least one",
    ])
    expect(draftProblems(d)[3]!.field).toBe('section.outcomes.5')
  })

  it('names where a repeated id was first used', () => {
    const d = edit({
      kind: 'setQuestionText',
      questionId: 'who-gets-paged',
      field: 'prompt',
      value: 'x',
    })
    const clash: SectionDraft = {
      ...d,
      section: {
        ...d.section,
        checks: d.section.checks.map((c, i) =>
          i === 2
            ? {
                ...c,
                questions: [{ ...c.questions[0]!, id: 'who-gets-paged' }, ...c.questions.slice(1)],
              }
            : c,
        ),
      },
    }
    expect(messages(clash)).toEqual([
      `Question 1 of check 'Post-mortems' has the id "who-gets-paged", which question 1 of check 'On-call & Escalation' already has; give it another`,
    ])
  })

  it('lists what a new blank section still needs', () => {
    const blank = newSectionDraft(takenIdsIn([builtinPack]), { number: 36 })
    expect(messages(blank)).toEqual([
      'The section: the category must not be empty',
      'The section: the title must not be empty',
      'The section: the summary must not be empty',
      'The section: the goal headline must not be empty',
      'The section: the goal text must not be empty',
      'The section: a ladder needs at least one outcome',
      'The section: a section needs at least one check',
    ])
  })

  it('says a new check still needs a question, and names an untitled one by its place', () => {
    const d = edit(
      { kind: 'addCheck', title: 'Drills', intro: 'Practice.' },
      { kind: 'addCheck', title: '' },
    )
    expect(messages(d)).toEqual([
      "Check 'Drills': a check needs at least one question",
      'Check 5: the title must not be empty',
      'Check 5: the introduction must not be empty',
      'Check 5: a check needs at least one question',
    ])
  })

  it('refuses a pack id that is not an id', () => {
    expect(messages({ ...start, packId: '' })).toEqual(['The pack id must not be empty'])
  })

  it('agrees with the pack import on every draft: one rule set', () => {
    const drafts = [
      start,
      edit({ kind: 'removeOutcome', outcomeId: 'learning' }),
      edit({ kind: 'setCheckText', checkId: 'runbooks', field: 'intro', value: '' }),
      edit({ kind: 'removeCheck', checkId: 'post-mortems' }),
      edit({ kind: 'setSectionNumber', value: 2.5 }),
      edit({ kind: 'setThreshold', value: 0 }),
      newSectionDraft(takenIdsIn([])),
      { ...start, packId: 'Not an id' },
    ]
    for (const draft of drafts)
      expect(canPublish(draft)).toBe(parseContentPack(packOfDraft(draft, '1.0.0')).ok)
  })
})
