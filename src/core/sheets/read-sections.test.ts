import { describe, expect, it } from 'vitest'
import type { Grid, GridSheet } from './grid'
import { needsMapping } from './collect-tables'
import { readSections } from './read-sections'
import { formatSheetProblem } from './sheet-problem'

const DEFAULTS = { id: 'bank', title: 'Question bank', version: '1.0.0' }

const sheet = (name: string, rows: string[][], merges: GridSheet['merges'] = []): GridSheet => ({
  name,
  rows,
  merges,
})
const grid = (...sheets: GridSheet[]): Grid => ({ sheets, notes: [] })

/** A section as a consultant lays it out: a title row, a gap, labels, then tables lower down. */
function consultantSheet(questionRows: string[][], merges: GridSheet['merges'] = []): GridSheet {
  return sheet(
    'Backups',
    [
      ['Backup & Restore — question bank  '],
      [],
      ['number', '12'],
      ['CATEGORY', 'Operations '],
      ['Section title', 'Backup & Restore'],
      ['Summary', 'Backups exist, are tested, and restore in time'],
      ['Headline', 'Nothing Lost'],
      ['Goal text', 'A lost disk is a shrug.'],
      [],
      ['Level', 'Meaning'],
      ['Scheduled', 'Backups run on a schedule'],
      ['Tested', 'Restores are rehearsed'],
      [],
      ['Preparation', 'Type', 'Fact label'],
      ['Backup tool in use?', 'fact', 'Tool'],
      ['Read the last restore report', ''],
      [],
      ['', 'Topic', 'Intro', 'Question', 'Notes', 'Maturity', 'Points'],
      ...questionRows,
    ],
    merges,
  )
}

describe('readSections', () => {
  it('reads headers lower down, blank rows, synonyms in any case, merged checks and trailing spaces', () => {
    const rows = [
      [
        '',
        'Schedules ',
        'How backups are run.',
        'How often do backups run?',
        'Daily at least.',
        'scheduled',
        '1',
      ],
      ['', '', '', 'Who gets told when one fails?  ', 'Someone who acts.', 'Scheduled', '2,5'],
      [],
      [
        '',
        'Restores',
        'Whether a restore works.',
        'When did you last restore?',
        'Within a quarter.',
        'Level 2',
        '',
      ],
    ]
    // "Schedules" merged over its two questions (rows 19 and 20, zero-based 18 and 19).
    const result = readSections(
      grid(consultantSheet(rows, [{ firstRow: 18, firstColumn: 1, lastRow: 19, lastColumn: 1 }])),
      DEFAULTS,
    )
    if (!result.ok) throw new Error(result.problems.map(formatSheetProblem).join('\n'))
    const [section] = result.pack.sections
    expect(section).toMatchObject({
      id: 'backup-restore',
      number: 12,
      category: 'Operations',
      goal: { headline: 'Nothing Lost', text: 'A lost disk is a shrug.' },
      outcomes: [
        { id: 'scheduled', name: 'Scheduled' },
        { id: 'tested', name: 'Tested' },
      ],
      preparation: [
        { id: 'backup-tool-in-use', kind: 'fact', factLabel: 'Tool' },
        { id: 'read-the-last-restore-report', kind: 'task' },
      ],
    })
    expect(
      section!.checks.map((c) => [
        c.id,
        c.intro,
        c.questions.map((q) => [q.id, q.outcomeId, q.weight]),
      ]),
    ).toEqual([
      [
        'schedules',
        'How backups are run.',
        [
          ['how-often-do-backups-run', 'scheduled', 1],
          ['who-gets-told-when-one-fails', 'scheduled', 2.5],
        ],
      ],
      ['restores', 'Whether a restore works.', [['when-did-you-last-restore', 'tested', 1]]],
    ])
    expect(section!.checks[0]!.questions[1]!.prompt).toBe('Who gets told when one fails?')
    expect(result.pack).toMatchObject({
      id: 'bank',
      title: 'Question bank',
      version: '1.0.0',
      achievementThreshold: 0.75,
    })
  })

  it('a blank check cell continues the check above; the same title later joins it; ids stay unique', () => {
    const rows = [
      ['', 'Schedules', 'Intro.', 'Same prompt', 'G.', 'Scheduled'],
      ['', '', '', 'Same prompt', 'G.', 'Scheduled'],
      ['', 'Restores', 'Intro.', 'Restore?', 'G.', 'Tested'],
      ['', 'schedules', '', 'Third?', 'G.', 'Scheduled'],
    ]
    const result = readSections(grid(consultantSheet(rows)), DEFAULTS)
    if (!result.ok) throw new Error(result.problems.map(formatSheetProblem).join('\n'))
    const checks = result.pack.sections[0]!.checks
    expect(checks.map((c) => c.questions.map((q) => q.id))).toEqual([
      ['same-prompt', 'same-prompt-2', 'third'],
      ['restore'],
    ])
  })

  it('reads one Questions sheet with a Section column against a Sections sheet and a Ladder sheet', () => {
    const result = readSections(
      grid(
        sheet('Sections', [
          ['Section', 'Number', 'Category', 'Title', 'Summary', 'Goal headline', 'Goal'],
          ['bk', '1', 'Ops', 'Backups', 'S.', 'H.', 'G.'],
          ['dr', '2', 'Ops', 'Disaster recovery', 'S.', 'H.', 'G.'],
        ]),
        sheet('Ladder', [
          ['Section', 'Outcome', 'Description'],
          ['bk', 'Done', 'It is done.'],
          ['Disaster recovery', 'Planned', 'A plan exists.'],
        ]),
        sheet('Questions', [
          ['Section', 'Check', 'Check intro', 'Prompt', 'Guidance', 'Outcome'],
          ['2', 'Plans', 'I.', 'Is there a plan?', 'G.', 'Planned'],
          ['bk', 'Runs', 'I.', 'Do they run?', 'G.', 'Done'],
        ]),
      ),
      DEFAULTS,
    )
    if (!result.ok) throw new Error(result.problems.map(formatSheetProblem).join('\n'))
    expect(
      result.pack.sections.map((s) => [s.id, s.title, s.checks[0]!.questions[0]!.outcomeId]),
    ).toEqual([
      ['bk', 'Backups', 'done'],
      ['dr', 'Disaster recovery', 'planned'],
    ])
  })

  it('reports every problem at once, each at its sheet, row and column, in a consultant’s words', () => {
    const rows = [
      ['', 'Schedules', '', 'How often?', 'Daily.', 'Runbooked', 'heavy'],
      ['', '', '', '', 'Guidance without a prompt.', 'Scheduled'],
    ]
    const result = readSections(grid(consultantSheet(rows)), DEFAULTS)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map(formatSheetProblem)).toEqual([
      "Sheet “Backups”, row 19, column F: “Runbooked” is not on this section's ladder; use one of: Scheduled, Tested.",
      'Sheet “Backups”, row 19, column G: Weight must be a number, like 1 or 2.5 (it is “heavy”).',
      'Sheet “Backups”, row 19, column C: Check intro is required.',
      'Sheet “Backups”, row 20, column D: Prompt must not be empty.',
    ])
  })

  it('reports a rung no question evidences at the rung’s row, once the rest is sound', () => {
    const rows = [['', 'Schedules', 'I.', 'How often?', 'Daily.', 'Scheduled']]
    const result = readSections(grid(consultantSheet(rows)), DEFAULTS)
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          sheet: 'Backups',
          row: 12,
          column: 'A',
          message:
            'Outcome "Tested" is not evidenced by any question; every outcome needs at least one.',
        },
      ],
    })
  })

  it('says which section details are missing, and where', () => {
    const result = readSections(
      grid(
        sheet('Access reviews', [
          ['Check', 'Prompt', 'Guidance', 'Outcome'],
          ['Reviews', 'Who reviews access?', 'G.', 'Reviewed'],
        ]),
      ),
      DEFAULTS,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map(formatSheetProblem)).toEqual([
      'Sheet “Access reviews”, row 1, column A: The section “Access reviews” needs Number, Category, Summary, Goal headline, Goal: add each as a row above its tables (the label in one cell, its value in the next), or as columns of a Sections sheet.',
      "Sheet “Access reviews”, row 2, column D: “Reviewed” is not on this section's ladder, which has no outcomes yet.",
      'Sheet “Access reviews”, row 1, column A: The section “Access reviews” has no ladder: add a table with the columns Outcome and Description.',
      'Sheet “Access reviews”, row 2, column A: Check intro is required.',
    ])
  })

  it('a question before any check, a bad number, a bad kind and a bad threshold', () => {
    const bad = consultantSheet([['', '', '', 'Orphan?', 'G.', 'Scheduled']])
    bad.rows[2] = ['Number', 'twelve']
    bad.rows[14] = ['Backup tool in use?', 'maybe', 'Tool']
    const result = readSections(
      grid(sheet('Pack', [['Achievement threshold', 'most']]), bad),
      DEFAULTS,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    const messages = result.problems.map(formatSheetProblem)
    expect(messages).toContain(
      'Sheet “Pack”, row 1, column B: Achievement threshold must be a number, like 0.75 or 75% (it is “most”).',
    )
    expect(messages).toContain(
      'Sheet “Backups”, row 3, column B: Number must be a whole number, like 35 (it is “twelve”).',
    )
    expect(messages).toContain(
      'Sheet “Backups”, row 15, column B: Kind must be “task” or “fact” (it is “maybe”).',
    )
    expect(messages).toContain(
      'Sheet “Backups”, row 19, column B: This question has no check: write its check’s title in this column, on this row or a row above.',
    )
  })

  it('asks for the mapping step when no header row is recognised', () => {
    const unknown = grid(
      sheet('Sheet1', [
        ['Area', 'Q', 'Why'],
        ['A', 'B', 'C'],
      ]),
    )
    expect(needsMapping(unknown)).toBe(true)
    const result = readSections(unknown, DEFAULTS)
    expect(result).toMatchObject({
      ok: false,
      problems: [{ sheet: '', message: expect.stringMatching(/^No questions were found/) }],
    })
  })

  it('notes a column it does not read', () => {
    const rows = [['', 'Schedules', 'I.', 'How often?', 'G.', 'Scheduled', '1', 'Alice']]
    const s = consultantSheet(rows)
    s.rows[17] = [...s.rows[17]!, 'Owner']
    const result = readSections(grid(s), DEFAULTS)
    expect(result.notes).toContain(
      'The column “Owner” on the sheet “Backups” is not part of the layout; it was not read.',
    )
  })
})
