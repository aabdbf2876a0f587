import { describe, expect, it } from 'vitest'
import { draftFromPack, editDraft, newSectionDraft, takenIdsIn } from '@core/authoring'
import type { SectionDraft } from '@core/authoring'
import { builtinPack } from '@core/content'
import {
  evidencesInDraft,
  NO_GUIDANCE,
  NO_PROMPT,
  previewOfDraft,
  UNTITLED_CHECK,
  UNTITLED_SECTION,
} from './draft-preview'

const builtin = draftFromPack(builtinPack, 'incident-response')!
const prompts = (draft: SectionDraft) => previewOfDraft(draft).order.map((s) => s.question.prompt)

/** A draft written by hand, as the editor may leave one before it validates. */
function rough(checks: SectionDraft['section']['checks']): SectionDraft {
  const blank = newSectionDraft(takenIdsIn([builtinPack]))
  return { ...blank, section: { ...blank.section, checks } }
}
const question = (id: string, prompt: string, outcomeId = 'owned') => ({
  id,
  prompt,
  guidance: '',
  outcomeId,
  weight: 1,
})

describe('a draft walked as an interview', () => {
  it('walks a sound section in the interview’s own order, check by check', () => {
    const preview = previewOfDraft(builtin)
    const all = builtin.section.checks.flatMap((check) => check.questions)
    expect(preview.order.map((s) => s.question)).toEqual(all)
    expect(preview.order.map((s) => s.index)).toEqual(all.map((_, i) => i))
    expect(preview.order.every((s) => s.sectionId === builtin.section.id)).toBe(true)
    expect(preview.section).toEqual(builtin.section)
    expect(preview.checksWithoutQuestions).toEqual([])
  })

  it('shows an edit as soon as it is made', () => {
    const first = builtin.section.checks[0]!.questions[0]!
    const edited = editDraft(builtin, {
      kind: 'setQuestionText',
      questionId: first.id,
      field: 'prompt',
      value: 'Who is paged first?',
    })
    expect(prompts(edited)[0]).toBe('Who is paged first?')
  })

  it('names what is blank instead of showing nothing', () => {
    const draft = rough([{ id: 'c', title: ' ', intro: '', questions: [question('q', '')] }])
    const { section, order } = previewOfDraft(draft)
    expect(section.title).toBe(UNTITLED_SECTION)
    expect(order[0]!.check.title).toBe(UNTITLED_CHECK)
    expect(order[0]!.question.prompt).toBe(NO_PROMPT)
    expect(order[0]!.question.guidance).toBe(NO_GUIDANCE)
  })

  it('passes by a check without questions, and names it', () => {
    const draft = rough([
      { id: 'empty', title: 'Runbooks', intro: '', questions: [] },
      { id: 'full', title: 'Paging', intro: '', questions: [question('who', 'Who?')] },
    ])
    const preview = previewOfDraft(draft)
    expect(preview.order.map((s) => s.check.title)).toEqual(['Paging'])
    expect(preview.checksWithoutQuestions).toEqual(['Runbooks'])
  })

  it('has no question at all for a new, empty section', () => {
    const preview = previewOfDraft(newSectionDraft(takenIdsIn([builtinPack])))
    expect(preview.order).toEqual([])
    expect(preview.section.title).toBe(UNTITLED_SECTION)
  })

  it('gives a blank or repeated id one of its own, so each question has its own route', () => {
    const draft = rough([
      { id: 'c', title: 'One', intro: '', questions: [question('q', 'A'), question('', 'B')] },
      { id: 'c', title: 'Two', intro: '', questions: [question('q', 'C')] },
    ])
    const { order, section } = previewOfDraft(draft)
    const ids = order.map((s) => s.question.id)
    expect(ids[0]).toBe('q')
    expect(new Set(ids).size).toBe(3)
    expect(ids.every((id) => id !== '')).toBe(true)
    expect(section.checks.map((c) => c.id)).toEqual(['c', 'c-2'])
    expect(order.map((s) => s.check.title)).toEqual(['One', 'One', 'Two'])
  })
})

describe('what a question of a draft evidences', () => {
  it('is the outcome’s name while it is on the ladder', () => {
    const outcome = builtin.section.outcomes[1]!
    expect(evidencesInDraft(builtin, outcome.id)).toBe(outcome.name)
  })

  it('says when the outcome was taken off the ladder, by its old name', () => {
    const draft = editDraft(builtin, { kind: 'removeOutcome', outcomeId: 'runbooked' })
    expect(evidencesInDraft(draft, 'runbooked')).toBe(
      "'Runbooked', which is no longer on the ladder",
    )
  })

  it('says when none is chosen, when one is unnamed, and when the id is unknown', () => {
    const draft = rough([])
    const withUnnamed: SectionDraft = {
      ...draft,
      section: { ...draft.section, outcomes: [{ id: 'x', name: ' ', description: '' }] },
    }
    expect(evidencesInDraft(draft, '')).toBe('no outcome chosen yet')
    expect(evidencesInDraft(withUnnamed, 'x')).toBe('the unnamed outcome at level 1')
    expect(evidencesInDraft(draft, 'ghost')).toBe('"ghost", which is not on the ladder')
  })
})
