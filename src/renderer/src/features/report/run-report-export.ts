import { jobWorkers, type RunOptions } from '../../jobs/job-workers'
import { reportExportJob, type ExportRequest } from './report-export-job'

/**
 * How long the worker of a finished export is kept for the next one. A new worker loads and
 * compiles the docx library and runs everything cold, which costs about a third of an export;
 * consultants often export, read, fix a note and export again.
 */
export const WORKER_KEPT_MS = 5 * 60_000

/** The report worker: run `reportExportJob` here. A failed or canceled export's worker is ended. */
export const reportWorkers = jobWorkers({
  start: () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
  keepIdleMs: WORKER_KEPT_MS,
})

/**
 * Starts a worker before it is needed — when the Export dialog opens — so that the first export
 * does not wait for the worker to load the docx library. Kept as a finished export's would be.
 */
export const prepareReportWorker = (): void => reportWorkers.prestart()

/**
 * The Word export as the Export dialog runs it: the report worker writes the .docx into `output`
 * (a streamed save's) as it makes it; resolves with the file's size once all of it is written.
 */
export async function runReportExport(
  request: ExportRequest,
  output: WritableStream<Uint8Array>,
  options: RunOptions<{ step: string; done: number; total: number }>,
): Promise<number> {
  const { bytes } = await reportWorkers.run(reportExportJob, { ...request, output }, options)
  return bytes
}
