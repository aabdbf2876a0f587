import type { ArchiveProgress } from '@core/archive'
import { jobWorkers, type RunOptions } from '../../jobs/job-workers'
import {
  checkArchiveJob,
  exportArchiveJob,
  importArchiveJob,
  type ExportArchiveRequest,
  type ImportedArchive,
  type ImportPreviewSummary,
} from './archive-jobs'

/**
 * The page's calls into the archive worker: the export and the import flows call these, and so
 * does the benchmark. A worker does one export, or one check and its import, and then ends.
 */
const archiveWorkers = jobWorkers({
  start: () => new Worker(new URL('./archive.worker.ts', import.meta.url), { type: 'module' }),
  keepIdleMs: 0,
})

/**
 * Reads the selection and writes the archive in a worker, into `output` (a streamed save's) as
 * it is made; resolves with the archive's size once all of it is written.
 */
export async function runArchiveExport(
  request: ExportArchiveRequest,
  output: WritableStream<Uint8Array>,
  options: RunOptions<ArchiveProgress>,
): Promise<number> {
  const { bytes } = await archiveWorkers.run(exportArchiveJob, { ...request, output }, options)
  return bytes
}

/** An archive being checked in a worker, then waiting there for the user to import it or not. */
export interface ArchiveCheck {
  /** What importing it would do; rejects with the reason when the archive is refused. */
  preview: Promise<ImportPreviewSummary>
  /** Writes the checked archive, in one transaction or nothing; then the worker ends. */
  importChecked(onProgress?: (progress: ArchiveProgress) => void): Promise<ImportedArchive>
  /** Stops a check, or lets go of a checked archive (not during `importChecked`). */
  cancel(): void
}

/**
 * Starts checking an archive file. The worker is given the file itself, which it reads a few
 * megabytes at a time; its bytes are never all in memory, on either side.
 */
export function checkArchive(
  file: Blob,
  onProgress: (progress: ArchiveProgress) => void,
): ArchiveCheck {
  // The import must run in the worker that holds the checked archive.
  const worker = archiveWorkers.take()
  const canceling = new AbortController()
  const preview = worker.run(
    checkArchiveJob,
    { file },
    {
      onProgress,
      signal: canceling.signal,
    },
  )
  // A refusal or a cancel is the caller's to handle through `preview`; not an unhandled rejection.
  preview.catch(() => undefined)
  return {
    preview,
    importChecked: (onImportProgress) =>
      worker
        .run(importArchiveJob, {}, onImportProgress ? { onProgress: onImportProgress } : {})
        .finally(() => worker.end()),
    cancel: () => {
      canceling.abort()
      worker.end()
    },
  }
}
