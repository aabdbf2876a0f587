import { describe, expect, it } from 'vitest'
import { builtinPack } from './builtin'
import {
  checkById,
  countSection,
  indexPack,
  outcomeOfQuestion,
  parseQuestionKey,
  questionKey,
  questionsOfOutcome,
  questionsOfSection,
  sectionById,
} from './lookup'

const section = builtinPack.sections[0]!

describe('question keys', () => {
  it('join section and question ids, and split back', () => {
    const key = questionKey('incident-response', 'who-gets-paged')
    expect(key).toBe('incident-response/who-gets-paged')
    expect(parseQuestionKey(key)).toEqual({
      sectionId: 'incident-response',
      questionId: 'who-gets-paged',
    })
  })

  it.each(['', 'no-slash', '/q', 's/', 's/q/x'])('reject %j', (text) => {
    expect(parseQuestionKey(text)).toBeUndefined()
  })
})

describe('look-ups', () => {
  it('find a section and a check by id', () => {
    expect(sectionById(builtinPack, 'incident-response')).toBe(section)
    expect(sectionById(builtinPack, 'nope')).toBeUndefined()
    expect(checkById(section, 'runbooks')?.title).toBe('Runbooks & Playbooks')
    expect(checkById(section, 'nope')).toBeUndefined()
  })

  it('list questions in interview order, check by check', () => {
    const refs = questionsOfSection(section)
    expect(refs.map((r) => r.checkId)).toEqual([
      ...Array<string>(4).fill('on-call-escalation'),
      ...Array<string>(3).fill('runbooks'),
      ...Array<string>(2).fill('post-mortems'),
    ])
    expect(refs[0]).toEqual({
      sectionId: 'incident-response',
      checkId: 'on-call-escalation',
      question: section.checks[0]!.questions[0],
    })
  })

  it('list the questions that evidence an outcome', () => {
    expect(questionsOfOutcome(section, 'owned').map((r) => r.question.id)).toEqual([
      'who-gets-paged',
      'escalation-path',
    ])
    expect(questionsOfOutcome(section, 'nope')).toEqual([])
  })

  it("find a question's outcome", () => {
    const question = section.checks[2]!.questions[1]!
    expect(outcomeOfQuestion(section, question)?.name).toBe('Improving')
  })

  it('count what a section holds', () => {
    expect(countSection(section)).toEqual({ outcomes: 5, checks: 3, questions: 9, preparation: 4 })
  })
})

describe('indexPack', () => {
  it('maps section ids and question keys', () => {
    const index = indexPack(builtinPack)
    expect(index.sections.get('incident-response')).toBe(section)
    expect(index.questions.size).toBe(9)
    expect(index.questions.get('incident-response/open-action-items')).toMatchObject({
      checkId: 'post-mortems',
      question: { outcomeId: 'improving' },
    })
  })
})
