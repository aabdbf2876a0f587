import { columnName, type Grid } from './grid'
import { needsMapping } from './collect-tables'
import { classifyHeaderRow, packLabel, sectionLabel } from './layout'
import {
  applyMapping,
  previewRows,
  proposeMapping,
  shapeKey,
  type ColumnMapping,
  type QuestionColumn,
  type SheetPreview,
} from './mapping'

/**
 * The mapping step of an import, decided once the file is read: a workbook the layout reads
 * goes straight on; one whose question columns are unknown is read with the mappings saved for
 * its shapes, and when a shape has none, the step asks, showing every shape's first rows with a
 * proposed mapping (the saved one where there is one).
 */

/** One shape of question sheet the person is asked about: its first rows and a proposal. */
export interface MappingShape {
  preview: SheetPreview
  proposed: ColumnMapping
}

export type MappingStep =
  { status: 'ready'; grid: Grid } | { status: 'ask'; shapes: MappingShape[] }

/** How many rows under the header the mapping step shows. */
export const PREVIEW_ROWS = 5

/**
 * Whether a sheet's widest row could head a question table: not a row the layout already reads
 * as something else, such as a Pack sheet's label/value rows or a ladder's header.
 */
function couldHoldQuestions(header: readonly string[]): boolean {
  const first = header.find((cell) => cell.trim() !== '') ?? ''
  return (
    classifyHeaderRow(header) === undefined &&
    packLabel(first) === undefined &&
    sectionLabel(first) === undefined
  )
}

export function mappingStep(grid: Grid, saved: readonly ColumnMapping[]): MappingStep {
  if (!needsMapping(grid)) return { status: 'ready', grid }
  const shapes = new Map<string, MappingShape>()
  for (const preview of previewRows(grid, PREVIEW_ROWS)) {
    if (!couldHoldQuestions(preview.header)) continue
    const key = shapeKey(preview.header)
    if (shapes.has(key)) continue
    const known = saved.find((mapping) => mapping.shapeKey === key)
    shapes.set(key, { preview, proposed: known ?? proposeMapping(preview.header) })
  }
  // No sheet with a table: nothing to map, and the reader says what is missing.
  if (shapes.size === 0) return { status: 'ready', grid }
  const unknown = [...shapes.keys()].some((key) => !saved.some((m) => m.shapeKey === key))
  if (unknown) return { status: 'ask', shapes: [...shapes.values()] }
  return { status: 'ready', grid: withMappings(grid, saved) }
}

/** The grid with every given mapping applied (each touches only the sheets of its shape). */
export function withMappings(grid: Grid, mappings: readonly ColumnMapping[]): Grid {
  return mappings.reduce(applyMapping, grid)
}

/** What stops a mapping from being used, in the person's words; undefined when it can be. */
export function mappingProblem(mapping: ColumnMapping): string | undefined {
  if (mapping.columns.prompt === undefined)
    return 'Say which column holds the questions: without it nothing can be read.'
  const used = Object.values(mapping.columns)
  if (new Set(used).size !== used.length)
    return 'Each column can hold one thing only: two fields are set to the same column.'
  return undefined
}

/**
 * The saved mappings once `chosen` has been used: those first (replacing any saved for the same
 * shape), then the others, most recently used first, at most `max` of them.
 */
export function rememberMappings(
  saved: readonly ColumnMapping[],
  chosen: readonly ColumnMapping[],
  max: number,
): ColumnMapping[] {
  const shapes = new Set(chosen.map((mapping) => mapping.shapeKey))
  return [...chosen, ...saved.filter((mapping) => !shapes.has(mapping.shapeKey))].slice(0, max)
}

/** What each column of a header holds, as the mapping step asks it: a field, or nothing. */
export type ColumnFields = readonly (QuestionColumn | undefined)[]

/** The fields each column holds, as a mapping's column of each field. */
export function fieldsOfMapping(
  mapping: ColumnMapping,
  width: number,
): (QuestionColumn | undefined)[] {
  const fields: (QuestionColumn | undefined)[] = Array.from({ length: width }, () => undefined)
  for (const [field, index] of Object.entries(mapping.columns) as [QuestionColumn, number][])
    if (index < width) fields[index] = field
  return fields
}

/**
 * The mapping the person chose column by column, or why it cannot be used: a field chosen for two
 * columns, or no column of questions.
 */
export function mappingOfFields(
  shapeKey: string,
  fields: ColumnFields,
  label: (field: QuestionColumn) => string,
): { mapping: ColumnMapping } | { problem: string } {
  const columns: Partial<Record<QuestionColumn, number>> = {}
  for (const [index, field] of fields.entries()) {
    if (field === undefined) continue
    if (columns[field] !== undefined)
      return {
        problem: `“${label(field)}” is chosen for two columns, ${columnName(columns[field])} and ${columnName(index)}: choose it for one.`,
      }
    columns[field] = index
  }
  const mapping = { shapeKey, columns }
  const problem = mappingProblem(mapping)
  return problem === undefined ? { mapping } : { problem }
}
