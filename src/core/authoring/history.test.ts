import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content/builtin'
import { draftFromPack } from './section-draft'
import type { DraftEdit } from './edit-types'
import {
  applyEdit,
  canRedo,
  canUndo,
  closeStep,
  MAX_UNDO_STEPS,
  redo,
  startHistory,
  undo,
} from './history'
import type { DraftHistory } from './history'

const start = startHistory(draftFromPack(builtinPack, 'incident-response')!)
const run = (history: DraftHistory, ...edits: DraftEdit[]) => edits.reduce(applyEdit, history)
const typePrompt = (text: string): DraftEdit[] =>
  [...text].map((_, i) => ({
    kind: 'setQuestionText',
    questionId: 'who-gets-paged',
    field: 'prompt',
    value: text.slice(0, i + 1),
  }))
const prompt = (h: DraftHistory) => h.present.section.checks[0]!.questions[0]!.prompt
const checkIds = (h: DraftHistory) => h.present.section.checks.map((c) => c.id)

describe('undo and redo in the section editor', () => {
  it('undoes a reorder, restoring the order, and redoes it', () => {
    const moved = run(start, { kind: 'moveCheck', checkId: 'post-mortems', to: 0 })
    expect(checkIds(moved)).toEqual(['post-mortems', 'on-call-escalation', 'runbooks'])
    const undone = undo(moved)
    expect(checkIds(undone)).toEqual(['on-call-escalation', 'runbooks', 'post-mortems'])
    expect(canRedo(undone)).toBe(true)
    expect(checkIds(redo(undone))).toEqual(['post-mortems', 'on-call-escalation', 'runbooks'])
  })

  it('undoes a removal, bringing the check and its questions back', () => {
    const removed = run(start, { kind: 'removeCheck', checkId: 'runbooks' })
    expect(undo(removed).present).toBe(start.present)
  })

  it('makes typing into one field a single step', () => {
    const typed = run(start, ...typePrompt('Who is on call?'))
    expect(typed.past).toHaveLength(1)
    expect(prompt(typed)).toBe('Who is on call?')
    expect(prompt(undo(typed))).toBe(start.present.section.checks[0]!.questions[0]!.prompt)
  })

  it('keeps structural edits as their own steps, even between typing', () => {
    const h = run(
      start,
      ...typePrompt('Who'),
      {
        kind: 'moveQuestion',
        questionId: 'who-gets-paged',
        toCheckId: 'on-call-escalation',
        to: 1,
      },
      { kind: 'removeQuestion', questionId: 'escalation-path' },
      ...typePrompt('Who?'),
    )
    expect(h.past).toHaveLength(4)
    const beforeTyping = undo(h)
    expect(beforeTyping.present.section.checks[0]!.questions.map((q) => q.id)).toEqual([
      'who-gets-paged',
      'emergency-contacts',
      'out-of-band-alerting',
    ])
    expect(undo(beforeTyping).present.section.checks[0]!.questions[1]!.id).toBe('who-gets-paged')
    const afterTyping = undo(undo(beforeTyping))
    expect(afterTyping.present.section.checks[0]!.questions[0]!.id).toBe('who-gets-paged')
    expect(prompt(afterTyping)).toBe('Who')
  })

  it('starts a new step when another field is typed into, or the field is left', () => {
    const h = run(start, ...typePrompt('Who'), {
      kind: 'setQuestionText',
      questionId: 'who-gets-paged',
      field: 'guidance',
      value: 'Why',
    })
    expect(h.past).toHaveLength(2)
    expect(run(closeStep(run(start, ...typePrompt('Wh'))), ...typePrompt('Who')).past).toHaveLength(
      2,
    )
  })

  it('drops the redo steps after a new edit, and ignores edits that change nothing', () => {
    const h = undo(run(start, { kind: 'moveCheck', checkId: 'runbooks', to: 0 }))
    expect(canRedo(run(h, { kind: 'removeCheck', checkId: 'runbooks' }))).toBe(false)
    expect(run(start, { kind: 'removeCheck', checkId: 'nope' })).toBe(start)
    expect(canUndo(start)).toBe(false)
    expect(undo(start)).toBe(start)
    expect(redo(start)).toBe(start)
  })

  it(`keeps at most ${MAX_UNDO_STEPS} steps`, () => {
    const moves: DraftEdit[] = Array.from({ length: MAX_UNDO_STEPS + 5 }, (_, i) => ({
      kind: 'moveCheck',
      checkId: 'runbooks',
      to: i % 2 === 0 ? 0 : 2,
    }))
    expect(run(start, ...moves).past).toHaveLength(MAX_UNDO_STEPS)
  })
})
