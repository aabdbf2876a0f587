import { z } from 'zod'
import { CONTENT_PACK_FORMAT, type ContentPack } from '@core/content'
import {
  columnMappingSchema,
  type MappingShape,
  type PackDefaults,
  type SheetPreview,
  type SheetProblem,
} from '@core/sheets'
import { defineJob, transferableBytes } from '../../../jobs/define-job'

/** Where a problem is, as the spreadsheet numbers it: row from 1, column letters. */
const sheetProblem = z.strictObject({
  sheet: z.string(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
  message: z.string(),
}) satisfies z.ZodType<SheetProblem>

/** The pack's id, title and version when the workbook does not give them (the dialog asks). */
const packDefaults = z.strictObject({
  id: z.string(),
  title: z.string(),
  version: z.string(),
}) satisfies z.ZodType<PackDefaults>

const importRequest = z.strictObject({
  bytes: transferableBytes,
  fileName: z.string(),
  defaults: packDefaults,
  /** The mappings saved (or just chosen) for shapes of question sheet the layout does not know. */
  mappings: z.array(columnMappingSchema),
})
export type SheetsImportRequest = z.infer<typeof importRequest>

const sheetPreview = z.strictObject({
  sheet: z.string(),
  headerRow: z.number().int().nonnegative(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
}) satisfies z.ZodType<SheetPreview>

const mappingShape = z.strictObject({
  preview: sheetPreview,
  proposed: columnMappingSchema,
}) satisfies z.ZodType<MappingShape>

/**
 * The pack, which passed `parseContentPack` in the worker (`readSections` ends with it): on
 * arrival only its outline is checked. Parsing a 1,000-question pack in full again on the page
 * was a task of 55–76 ms (the bench's workbook import), past the 50 ms a page may block.
 */
const packOutline = z.looseObject({
  format: z.literal(CONTENT_PACK_FORMAT),
  id: z.string(),
  version: z.string(),
  title: z.string(),
  achievementThreshold: z.number(),
  sections: z.array(z.looseObject({ id: z.string(), checks: z.array(z.looseObject({})) })).min(1),
})
const validatedPack = z.custom<ContentPack>((value) => packOutline.safeParse(value).success)

/**
 * How an import ended, all of it data for the preview: a pack that passed `parseContentPack`,
 * every problem at its sheet, row and column, the shapes of question sheet whose columns the
 * person must name first (the mapping step), or the file refused as a whole (a zip bomb, a
 * password, not a spreadsheet) with the reason.
 */
const importResult = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('valid'),
    pack: validatedPack,
    notes: z.array(z.string()),
  }),
  z.strictObject({
    status: z.literal('problems'),
    problems: z.array(sheetProblem),
    notes: z.array(z.string()),
  }),
  z.strictObject({ status: z.literal('needs-mapping'), shapes: z.array(mappingShape).min(1) }),
  z.strictObject({ status: z.literal('refused'), message: z.string() }),
])
export type SheetsImportResult = z.infer<typeof importResult>

/**
 * A question bank read from a spreadsheet in the sheets worker (`sheets.worker.ts`): the file is
 * hostile until read, so its parsing never runs on the page. Its bytes are handed over, not copied.
 */
export const sheetsImportJob = defineJob({
  name: 'sheets/import',
  input: importRequest,
  transferInput: ({ bytes }) => [bytes.buffer],
  output: importResult,
  failureMessage: (detail) => `The workbook could not be read: ${detail}`,
})
