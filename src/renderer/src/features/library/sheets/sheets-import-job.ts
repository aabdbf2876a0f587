import { z } from 'zod'
import { contentPackSchema } from '@core/content'
import type { PackDefaults, SheetProblem } from '@core/sheets'
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
})
export type SheetsImportRequest = z.infer<typeof importRequest>

/**
 * How an import ended, all of it data for the preview: a pack that passed `parseContentPack`
 * (checked again here, on arrival), every problem at its sheet, row and column, or the file
 * refused as a whole (a zip bomb, a password, not a spreadsheet) with the reason.
 */
const importResult = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('valid'),
    pack: contentPackSchema,
    notes: z.array(z.string()),
  }),
  z.strictObject({
    status: z.literal('problems'),
    problems: z.array(sheetProblem),
    notes: z.array(z.string()),
  }),
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
