import { describe, expect, it } from 'vitest'
import { builtinPack } from '../content'
import type { Grid, GridSheet } from './grid'
import { columnMappingSchema } from './column-mapping-schema'
import {
  fieldsOfMapping,
  mappingOfFields,
  mappingProblem,
  mappingStep,
  rememberMappings,
} from './mapping-step'
import { shapeKey } from './mapping'
import { readSections } from './read-sections'
import { formatSheetProblem } from './sheet-problem'
import { packToGrid } from './write-sections'

const DEFAULTS = { id: 'bank', title: 'Bank', version: '1.0.0' }
const HEADER = ['Ask this', 'Control', 'Hint for the auditor', 'Maturity rung', 'About the control']

/** A section's sheet as a consultant keeps it: the layout's details, their own question columns. */
function consultantSheet(title: string): GridSheet {
  return {
    name: title,
    merges: [],
    rows: [
      ['Number', String(title.length)],
      ['Category', 'Ops'],
      ['Title', title],
      ['Summary', 'S.'],
      ['Goal headline', 'H.'],
      ['Goal', 'G.'],
      [],
      ['Outcome', 'Description'],
      ['Scheduled', 'On a schedule.'],
      [],
      HEADER,
      [`How often are ${title} run?`, 'Schedules', 'Because.', 'Scheduled', 'Timing.'],
    ],
  }
}

const consultantGrid = (): Grid => ({
  notes: [],
  sheets: [
    {
      name: 'Pack',
      merges: [],
      rows: [
        ['Pack id', 'ops'],
        ['Pack title', 'Operations'],
      ],
    },
    consultantSheet('Backups'),
    consultantSheet('Restores'),
  ],
})

const MAPPING = {
  shapeKey: shapeKey(HEADER),
  columns: { prompt: 0, check: 1, guidance: 2, outcome: 3, checkIntro: 4 },
}

describe('the mapping step', () => {
  it('lets a workbook in the layout through untouched', () => {
    const grid = packToGrid(builtinPack)
    expect(mappingStep(grid, [])).toEqual({ status: 'ready', grid })
  })

  it('asks once per shape of question sheet, with its first rows and a proposal', () => {
    const step = mappingStep(consultantGrid(), [])
    expect(step.status).toBe('ask')
    if (step.status !== 'ask') return
    expect(step.shapes).toHaveLength(1)
    expect(step.shapes[0]!.preview).toMatchObject({
      sheet: 'Backups',
      headerRow: 10,
      header: HEADER,
    })
    expect(step.shapes[0]!.preview.rows).toEqual([
      ['How often are Backups run?', 'Schedules', 'Because.', 'Scheduled', 'Timing.'],
    ])
    // What the names suggest; the person says the rest (guidance, the check's intro).
    expect(step.shapes[0]!.proposed).toEqual({
      shapeKey: MAPPING.shapeKey,
      columns: { prompt: 0, check: 1, outcome: 3 },
    })
  })

  it('reads a workbook of a shape already mapped without asking, every sheet of that shape', () => {
    const step = mappingStep(consultantGrid(), [{ shapeKey: 'other', columns: {} }, MAPPING])
    if (step.status !== 'ready') throw new Error('The saved mapping was not used.')
    const result = readSections(step.grid, DEFAULTS)
    if (!result.ok) throw new Error(result.problems.map(formatSheetProblem).join('\n'))
    expect(result.pack.sections.map((s) => s.checks[0]!.questions[0]!.prompt)).toEqual([
      'How often are Backups run?',
      'How often are Restores run?',
    ])
  })

  it('lets a grid with no table through, for the reader to say what is missing', () => {
    const grid: Grid = { notes: [], sheets: [{ name: 'Notes', merges: [], rows: [['Hello']] }] }
    expect(mappingStep(grid, [])).toEqual({ status: 'ready', grid })
  })

  it('refuses a mapping without the questions’ column, or with one column twice', () => {
    expect(mappingProblem(MAPPING)).toBeUndefined()
    expect(mappingProblem({ shapeKey: 'a', columns: { check: 1 } })).toMatch(/holds the questions/)
    expect(mappingProblem({ shapeKey: 'a', columns: { prompt: 1, guidance: 1 } })).toMatch(
      /same column/,
    )
  })

  it('checks a mapping that crosses a boundary', () => {
    expect(columnMappingSchema.safeParse(MAPPING).success).toBe(true)
    expect(columnMappingSchema.safeParse({ shapeKey: 'a', columns: { rating: 1 } }).success).toBe(
      false,
    )
    expect(columnMappingSchema.safeParse({ shapeKey: 'a', columns: { prompt: -1 } }).success).toBe(
      false,
    )
  })

  it('remembers the mappings just used first, in place of older ones of the same shape', () => {
    const old = (key: string) => ({ shapeKey: key, columns: { prompt: 9 } })
    const saved = [old('a'), old(MAPPING.shapeKey), old('b')]
    expect(rememberMappings(saved, [MAPPING], 50)).toEqual([MAPPING, old('a'), old('b')])
    expect(rememberMappings(saved, [MAPPING], 2)).toEqual([MAPPING, old('a')])
  })

  it('turns the fields chosen column by column into a mapping, and back', () => {
    const label = (field: string) => field.toUpperCase()
    const fields = fieldsOfMapping(MAPPING, HEADER.length)
    expect(fields).toEqual(['prompt', 'check', 'guidance', 'outcome', 'checkIntro'])
    expect(mappingOfFields(MAPPING.shapeKey, fields, label)).toEqual({ mapping: MAPPING })
    expect(mappingOfFields('k', ['prompt', undefined, 'guidance', 'guidance'], label)).toEqual({
      problem: '“GUIDANCE” is chosen for two columns, C and D: choose it for one.',
    })
    expect(mappingOfFields('k', ['check'], label)).toEqual({
      problem: expect.stringMatching(/holds the questions/),
    })
  })
})
