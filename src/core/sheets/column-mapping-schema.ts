import { z } from 'zod'
import { TABLE_COLUMNS } from './layout'
import type { ColumnMapping, QuestionColumn } from './mapping'

/*
 * Its own module, apart from the mapping step, because the settings (in the app's first script)
 * check the saved mappings with it: importing it must not bring the workbook reader along.
 */

const questionColumn = z.enum(TABLE_COLUMNS.questions) satisfies z.ZodType<QuestionColumn>

/** A saved or requested mapping, checked wherever it crosses a boundary (a worker, a setting). */
export const columnMappingSchema = z.strictObject({
  shapeKey: z.string().max(4000),
  columns: z.partialRecord(questionColumn, z.number().int().min(0).max(1000)),
}) satisfies z.ZodType<ColumnMapping>
