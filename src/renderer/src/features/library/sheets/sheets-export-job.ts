import { z } from 'zod'
import { contentPackSchema } from '@core/content'
import { defineJob, transferableBytes } from '../../../jobs/define-job'

const exportRequest = z.strictObject({
  pack: contentPackSchema,
  /** When the file is written, for the workbook's properties (core has no clock). */
  now: z.number(),
})
export type SheetsExportRequest = z.infer<typeof exportRequest>

/**
 * A pack written as an `.xlsx` in the documented layout (`packToGrid` + `writeXlsx`) in the
 * sheets worker, so exporting a large pack never blocks the page. The bytes are handed back.
 */
export const sheetsExportJob = defineJob({
  name: 'sheets/export',
  input: exportRequest,
  output: transferableBytes,
  transferOutput: (bytes) => [bytes.buffer],
  failureMessage: (detail) => `The workbook could not be written: ${detail}`,
})
