import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content'
import { answersFor, contentOf, scoped } from '../scoring/test-support/fixtures'
import { ACTION_PLAN_COLUMNS, actionPlanFileName, toActionPlanCsv } from './action-plan-csv'
import { csvCell } from './csv'
import { deriveFindings } from './derive'
import { emptyFindingEdit } from './model'
import { parseCsv } from './test-support/parse-csv'

const section35 = builtinPack.sections[0]!

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['windows\r\nbreak', '"windows\nbreak"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['a=b', 'a=b'],
    ['émoji 👩🏽‍💻 and مرحبا', 'émoji 👩🏽‍💻 and مرحبا'],
    ['non\uFFFEchar\uFFFF, lone \ud800, nul \u0000', '"nonchar, lone , nul "'],
    ['\u0000=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['\u001b+1', "'+1"],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })
})

describe('toActionPlanCsv', () => {
  const tricky = [
    'Nobody owns "prod", really.',
    'Line two, with a comma',
    '=1+1 is not a formula here',
    'Ana 👩🏽‍💻 — مرحبا בעברית',
  ].join('\n')
  const content = contentOf(scoped(section35))
  const findings = deriveFindings(
    content,
    answersFor(
      section35.id,
      { 'who-gets-paged': 'not-met', 'runbook-freshness': 'partial' },
      { 'who-gets-paged': tricky },
    ),
    [
      {
        ...emptyFindingEdit('audit-1', section35.id, 'who-gets-paged', 1),
        owner: '@ops-team, "Priya"',
        dueDate: '2027-01-31',
        status: 'accepted-risk',
        recommendation: '-Set up a rotation\n-Page the secondary after 10 minutes',
      },
    ],
  )
  const csv = toActionPlanCsv(findings, 'client')

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFID,Section,Check,Question,Finding,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(findings.length + 2)
  })

  it('reads back, through a strict RFC 4180 reader, as one row per finding', () => {
    const [header, ...rows] = parseCsv(csv.slice(1))
    expect(header).toEqual([...ACTION_PLAN_COLUMNS])
    expect(rows).toEqual([
      [
        'F35-01',
        '35 · Incident Response',
        'On-call & Escalation',
        "Who's getting paged at 2am if prod goes down tonight?",
        "On-call & Escalation: Who's getting paged at 2am if prod goes down tonight?",
        tricky,
        "'-Set up a rotation\n-Page the secondary after 10 minutes",
        'Critical',
        '\'@ops-team, "Priya"',
        '2027-01-31',
        'Accepted risk',
      ],
      [
        'F35-07',
        '35 · Incident Response',
        'Runbooks & Playbooks',
        'When did someone last follow a runbook, and fix what was wrong with it?',
        'Runbooks & Playbooks: When did someone last follow a runbook, and fix what was wrong with it?',
        'Rated Partially met in the interview. No notes were recorded.',
        section35.checks[1]!.questions[2]!.guidance,
        'Medium',
        '',
        '',
        'Open',
      ],
    ])
  })

  it('is only a header when there are no findings', () => {
    expect(toActionPlanCsv([], 'client')).toBe(`\uFEFF${ACTION_PLAN_COLUMNS.join(',')}\r\n`)
  })
})

describe('actionPlanFileName', () => {
  it.each([
    ['Northwind Traders', 'Northwind Traders – action plan.csv'],
    ['A/B: "Test" <Co>?', 'A B Test Co – action plan.csv'],
    ['  ..hidden.  ', 'hidden – action plan.csv'],
    ['', 'Audit – action plan.csv'],
  ])('%j → %j', (client, expected) => {
    expect(actionPlanFileName({ client })).toBe(expected)
  })
})
