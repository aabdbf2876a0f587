import { describe, expect, it } from 'vitest'
import type { Answer } from '@core/audit'
import type { ConflictRow } from '../../team/team-rows'
import {
  answerSides,
  compareAnswers,
  mergedAnswer,
  mergedNotes,
  sideNames,
  startingRating,
  type AnswerSide,
} from './answer-conflict'

const answer = (patch: Partial<Answer>): Answer => ({
  auditId: 'a1',
  sectionId: 's1',
  questionId: 'q1',
  notes: '',
  interviewees: 'CTO',
  followUp: false,
  evidenceRequests: [],
  updatedAt: 1,
  ...patch,
})

const ana: AnswerSide = {
  by: 'ana',
  at: 10,
  answer: answer({ rating: 'met', notes: 'Tested in March.' }),
}
const bo: AnswerSide = {
  by: 'bo',
  at: 20,
  answer: answer({ rating: 'not-met', notes: 'Never tested.' }),
}

describe('answerSides', () => {
  it("reads each version's answer in CouchDB's order", () => {
    const conflict: ConflictRow = {
      auditId: 'a1',
      docId: 'answer:s1:q1',
      table: 'answers',
      versions: [
        { rev: '2-a', by: 'ana', at: 10, row: ana.answer },
        { rev: '2-b', by: 'bo', at: 20 },
      ],
      detectedAt: 30,
    }
    expect(answerSides(conflict)).toEqual([ana, { by: 'bo', at: 20, answer: undefined }])
  })

  it('gives no sides for a conflict that is not about an answer', () => {
    expect(
      answerSides({ auditId: 'a1', docId: 'audit', table: 'audits', versions: [], detectedAt: 1 }),
    ).toEqual([])
  })
})

describe('compareAnswers', () => {
  it('always compares rating and notes, and nothing else when nothing else differs', () => {
    expect(compareAnswers([ana, bo])).toEqual([
      { label: 'Rating', values: ['Met', 'Not met'] },
      { label: 'Notes', values: ['Tested in March.', 'Never tested.'] },
    ])
  })

  it('adds each other field that differs, in words', () => {
    const other = {
      ...bo,
      answer: answer({
        ...bo.answer,
        basis: 'verified',
        followUp: true,
        interviewees: '',
        notesInternal: true,
        evidenceRequests: [{ id: 'r1', text: 'Rota export', receivedAt: 5 }],
      }),
    }
    expect(compareAnswers([ana, other])).toEqual([
      { label: 'Rating', values: ['Met', 'Not met'] },
      { label: 'Basis', values: ['Not said', 'Verified with evidence'] },
      { label: 'Follow-up', values: ['No follow-up', 'Follow-up needed'] },
      { label: 'Interviewees', values: ['CTO', 'None named'] },
      { label: 'Notes', values: ['Tested in March.', 'Never tested.'] },
      { label: 'Notes are for', values: ['The client too', 'The firm only'] },
      { label: 'Evidence requested', values: ['None', 'Rota export (received)'] },
    ])
  })

  it('says which side deleted the answer', () => {
    const compared = compareAnswers([ana, { by: 'bo', at: 20 }])
    expect(compared[0]).toEqual({ label: 'Rating', values: ['Met', 'Deleted this answer'] })
  })

  it('says an unanswered rating and empty notes plainly', () => {
    const blank = { by: 'bo', at: 20, answer: answer({}) }
    expect(compareAnswers([ana, blank])).toEqual([
      { label: 'Rating', values: ['Met', 'Unanswered'] },
      { label: 'Notes', values: ['Tested in March.', 'No notes'] },
    ])
  })
})

describe('mergedNotes', () => {
  it('puts both notes in one text, each under who wrote it', () => {
    expect(mergedNotes([ana, bo])).toBe('ana: Tested in March.\n\nbo: Never tested.')
  })

  it('leaves out empty notes, a deleted side, and the same notes written twice', () => {
    const same = { by: 'cy', at: 30, answer: answer({ notes: ' Tested in March. ' }) }
    const empty = { by: 'di', at: 40, answer: answer({ notes: '   ' }) }
    expect(mergedNotes([ana, same, empty, { by: 'ed', at: 50 }])).toBe('ana: Tested in March.')
  })
})

describe('mergedAnswer', () => {
  it("takes the chosen rating and notes over the first kept side's other fields", () => {
    const merged = mergedAnswer(
      [
        { by: 'bo', at: 5 },
        { ...ana, answer: answer({ ...ana.answer, carriedOver: true }) },
      ],
      { rating: 'partial', notes: 'Tested once.' },
      99,
    )
    expect(merged).toEqual(answer({ rating: 'partial', notes: 'Tested once.', updatedAt: 99 }))
  })

  it('leaves the rating out when the merge chooses none', () => {
    const merged = mergedAnswer([ana, bo], { rating: undefined, notes: 'x' }, 99)
    expect(merged).not.toHaveProperty('rating')
  })

  it('has nothing to merge when every side deleted the answer', () => {
    expect(mergedAnswer([{ by: 'ana', at: 1 }], { rating: 'met', notes: '' }, 2)).toBeUndefined()
  })
})

describe('startingRating', () => {
  it("starts from the audit's current rating, else another side's", () => {
    expect(startingRating([ana, bo])).toBe('met')
    expect(startingRating([{ by: 'x', at: 1, answer: answer({}) }, bo])).toBe('not-met')
    expect(startingRating([{ by: 'x', at: 1 }])).toBeUndefined()
  })
})

describe('sideNames', () => {
  it('names each side by who wrote it, with the time when one person wrote two', () => {
    const time = (ms: number) => `t${ms}`
    expect(sideNames([ana, bo], time)).toEqual(["ana's version", "bo's version"])
    expect(sideNames([ana, { ...ana, at: 11 }], time)).toEqual([
      "ana's version of t10",
      "ana's version of t11",
    ])
  })
})
