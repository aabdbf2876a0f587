import { describe, expect, it } from 'vitest'
import type { Grid } from './grid'
import { applyMapping, previewRows, proposeMapping, shapeKey } from './mapping'
import { readSections } from './read-sections'
import { formatSheetProblem } from './sheet-problem'

const DEFAULTS = { id: 'bank', title: 'Bank', version: '1.0.0' }

/** A consultant's own sheet: columns in their order, under names the layout does not know. */
function consultantGrid(): Grid {
  return {
    notes: [],
    sheets: [
      {
        name: 'Backups',
        merges: [],
        rows: [
          ['Number', '12'],
          ['Category', 'Ops'],
          ['Title', 'Backups'],
          ['Summary', 'S.'],
          ['Goal headline', 'H.'],
          ['Goal', 'G.'],
          [],
          ['Outcome', 'Description'],
          ['Scheduled', 'On a schedule.'],
          [],
          ['Rationale', 'Capability area', 'Q#', 'Interview question', 'Stage', 'Context'],
          ['Because.', 'Schedules', 'Q1', 'How often?', 'Scheduled', 'How backups run.'],
          ['Also because.', '', 'Q2', 'Who is told?', 'scheduled', ''],
        ],
      },
    ],
  }
}

describe('the mapping', () => {
  it('guesses each column from its name', () => {
    expect(
      proposeMapping([
        'Rationale',
        'Capability area',
        'Q#',
        'Interview question',
        'Stage',
        'Context',
      ]),
    ).toEqual({
      shapeKey: 'rationale|capability area|q|interview question|stage|context',
      columns: { guidance: 0, section: 1, prompt: 3, outcome: 4 },
    })
    expect(proposeMapping(['QUESTION', 'Guidance ', 'Level', 'Check', 'weight']).columns).toEqual({
      prompt: 0,
      guidance: 1,
      outcome: 2,
      check: 3,
      weight: 4,
    })
  })

  it('keys a shape by its header names, whatever their case and spacing', () => {
    expect(shapeKey(['Interview  Question ', 'STAGE', '', ''])).toBe(
      shapeKey(['interview question', 'Stage']),
    )
  })

  it('previews the header and the first rows of each sheet with a table, skipping blank rows', () => {
    const [preview] = previewRows(consultantGrid(), 1)
    expect(preview).toEqual({
      sheet: 'Backups',
      headerRow: 10,
      header: ['Rationale', 'Capability area', 'Q#', 'Interview question', 'Stage', 'Context'],
      rows: [['Because.', 'Schedules', 'Q1', 'How often?', 'Scheduled', 'How backups run.']],
    })
  })

  it('reads the consultant’s columns once the person has said which is which', () => {
    const grid = consultantGrid()
    expect(readSections(grid, DEFAULTS).ok).toBe(false)
    const header = previewRows(grid, 0)[0]!.header
    const mapping = {
      shapeKey: shapeKey(header),
      columns: { guidance: 0, check: 1, prompt: 3, outcome: 4, checkIntro: 5 },
    }
    const result = readSections(applyMapping(grid, mapping), DEFAULTS)
    if (!result.ok) throw new Error(result.problems.map(formatSheetProblem).join('\n'))
    const check = result.pack.sections[0]!.checks[0]!
    expect(check).toMatchObject({ title: 'Schedules', intro: 'How backups run.' })
    expect(check.questions.map((q) => [q.prompt, q.guidance, q.outcomeId])).toEqual([
      ['How often?', 'Because.', 'scheduled'],
      ['Who is told?', 'Also because.', 'scheduled'],
    ])
  })

  it('leaves sheets of another shape as they were', () => {
    const grid = consultantGrid()
    const mapped = applyMapping(grid, { shapeKey: 'something|else', columns: { prompt: 0 } })
    expect(mapped).toEqual(grid)
  })
})
