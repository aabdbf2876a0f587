import { z } from 'zod'
import { REPORT_EDITIONS } from '@core/audit'
import type { ReportOptions } from '@core/report/build/input'
import { defineJob } from '../../jobs/define-job'
import { fileOutput } from '../../jobs/file-output'

/** The options as they cross to the worker: their shape (the form and the settings check the rest). */
const reportOptions = z.strictObject({
  title: z.string(),
  marking: z.string(),
  includeEvidenceAppendix: z.boolean(),
  embedImages: z.boolean(),
  includeNotes: z.boolean(),
  edition: z.enum(REPORT_EDITIONS),
}) satisfies z.ZodType<ReportOptions>

const exportRequest = z.strictObject({
  auditId: z.string(),
  options: reportOptions,
  now: z.number(),
  timeZone: z.string(),
})
export type ExportRequest = z.infer<typeof exportRequest>

/**
 * The Word report of one audit, made in the report worker (`report.worker.ts`) from IndexedDB
 * and written to `output` as it is made; answers with the file's size.
 */
export const reportExportJob = defineJob({
  name: 'report/export',
  input: exportRequest.extend({ output: fileOutput }),
  transferInput: ({ output }) => [output],
  output: z.strictObject({ bytes: z.number() }),
  progress: z.strictObject({ step: z.string(), done: z.number(), total: z.number() }),
  failureMessage: (detail) => `The report could not be made: ${detail}`,
})

/** The steps, in order, as the progress bar names them. */
export const EXPORT_STEPS = {
  reading: 'Reading the audit',
  writing: 'Writing the document',
  images: 'Adding images',
  packing: 'Packing the file',
} as const
