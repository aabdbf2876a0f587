import { describe, expect, it } from 'vitest'
import type { Rating } from '../audit/model'
import { builtinPack } from '../content'
import { answersFor, contentOf, makeSection, scoped } from '../scoring/test-support/fixtures'
import { deriveFindings } from './derive'
import { emptyFindingEdit, type FindingEdit } from './model'
import { findingWarnings } from './warnings'

const section35 = builtinPack.sections[0]!
const content = contentOf(scoped(section35))

function answers(ratings: Record<string, Rating>, notes: Record<string, string> = {}) {
  return answersFor(section35.id, ratings, notes)
}

function edit(questionId: string, patch: Partial<FindingEdit>): FindingEdit {
  return { ...emptyFindingEdit('audit-1', section35.id, questionId, 10), ...patch }
}

describe('deriveFindings', () => {
  it('makes one finding per Not met or Partially met question, in interview order', () => {
    const findings = deriveFindings(
      content,
      answers({
        'who-gets-paged': 'met',
        'escalation-path': 'partial',
        'emergency-contacts': 'na',
        'runbook-from-alert': 'not-met',
        'open-action-items': 'partial',
      }),
      [],
    )
    expect(findings.map((f) => [f.id, f.questionId, f.rating, f.severity])).toEqual([
      ['F35-02', 'escalation-path', 'partial', 'high'],
      ['F35-06', 'runbook-from-alert', 'not-met', 'high'],
      ['F35-09', 'open-action-items', 'partial', 'low'],
    ])
  })

  it('derives title, gap and recommendation from the content and the notes', () => {
    const [withNotes, withoutNotes] = deriveFindings(
      content,
      answers(
        { 'who-gets-paged': 'not-met', 'escalation-path': 'partial' },
        { 'who-gets-paged': '  Nobody is on call at night.\nThe CTO "usually" answers.  ' },
      ),
      [],
    )
    expect(withNotes).toMatchObject({
      title: "On-call & Escalation: Who's getting paged at 2am if prod goes down tonight?",
      gap: 'Nobody is on call at night.\nThe CTO "usually" answers.',
      recommendation: section35.checks[0]!.questions[0]!.guidance,
      severity: 'critical',
      owner: '',
      dueDate: '',
      status: 'open',
      outcomeName: 'Owned',
      outcomeLevel: 1,
      sectionNumber: 35,
      checkTitle: 'On-call & Escalation',
      overridden: { title: false, gap: false, recommendation: false, severity: false },
    })
    expect(withoutNotes?.gap).toBe('Rated Partially met in the interview. No notes were recorded.')
  })

  it('applies edits over the derived values, and blank text edits count as none', () => {
    const [finding] = deriveFindings(
      content,
      answers({ 'who-gets-paged': 'not-met' }, { 'who-gets-paged': 'No rota.' }),
      [
        edit('who-gets-paged', {
          title: 'No one is paged out of hours',
          gap: '   ',
          severity: 'medium',
          owner: 'Priya (SRE lead)',
          dueDate: '2027-01-31',
          status: 'in-progress',
        }),
      ],
    )
    expect(finding).toMatchObject({
      title: 'No one is paged out of hours',
      gap: 'No rota.',
      severity: 'medium',
      owner: 'Priya (SRE lead)',
      dueDate: '2027-01-31',
      status: 'in-progress',
      editedAt: 10,
      overridden: { title: true, gap: false, recommendation: false, severity: true },
    })
    expect(finding?.derived).toMatchObject({ severity: 'critical', gap: 'No rota.' })
  })

  it('keeps an edit while the question is Met and brings it back when it falls short again', () => {
    const edits = [edit('escalation-path', { owner: 'Tom', dueDate: '2027-02-01' })]
    const partial = deriveFindings(content, answers({ 'escalation-path': 'partial' }), edits)
    const met = deriveFindings(content, answers({ 'escalation-path': 'met' }), edits)
    const notMet = deriveFindings(content, answers({ 'escalation-path': 'not-met' }), edits)
    expect(partial.map((f) => f.owner)).toEqual(['Tom'])
    expect(met).toEqual([])
    expect(notMet.map((f) => [f.owner, f.dueDate, f.severity])).toEqual([
      ['Tom', '2027-02-01', 'critical'],
    ])
  })

  it('derives severity from the weight against the section median', () => {
    const weighted = makeSection(
      ['owned', 'learning', 'improving'],
      [
        { id: 'a', outcome: 'owned', weight: 1 },
        { id: 'b', outcome: 'learning', weight: 3 },
        { id: 'c', outcome: 'improving', weight: 1 },
      ],
    )
    const findings = deriveFindings(
      contentOf(scoped(weighted)),
      answersFor(weighted.id, { a: 'partial', b: 'partial', c: 'not-met' }),
      [],
    )
    expect(findings.map((f) => [f.questionId, f.severity])).toEqual([
      ['a', 'high'],
      ['b', 'high'],
      ['c', 'medium'],
    ])
  })

  it('numbers findings per section, across several sections', () => {
    const other = makeSection(['owned'], [{ id: 'x', outcome: 'owned' }], {
      id: 'other',
      number: 4,
    })
    const findings = deriveFindings(
      contentOf(scoped(other), scoped(section35)),
      [...answersFor('other', { x: 'not-met' }), ...answers({ 'who-gets-paged': 'partial' })],
      [],
    )
    expect(findings.map((f) => [f.id, f.order])).toEqual([
      ['F4-01', 0],
      ['F35-01', 1],
    ])
  })
})

describe('findingWarnings', () => {
  it.each([
    [{ owner: '', dueDate: '', status: 'open' }, ['no-owner', 'no-due-date']],
    [{ owner: 'Tom', dueDate: '', status: 'in-progress' }, ['no-due-date']],
    [{ owner: '  ', dueDate: '2027-01-01', status: 'accepted-risk' }, ['no-owner']],
    [{ owner: 'Tom', dueDate: '2027-01-01', status: 'open' }, []],
    [{ owner: '', dueDate: '', status: 'done' }, []],
  ] as const)('%j → %j', (finding, expected) => {
    expect(findingWarnings(finding)).toEqual(expected)
  })
})
