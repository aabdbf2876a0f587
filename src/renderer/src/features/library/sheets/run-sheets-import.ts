import type { ColumnMapping, PackDefaults } from '@core/sheets'
import { transferableCopy } from '../../../jobs/define-job'
import { jobWorkers, type RunOptions } from '../../../jobs/job-workers'
import { sheetsImportJob, type SheetsImportResult } from './sheets-import-job'

/** A worker per import, ended after it: imports are rare, and a refused file leaves nothing behind. */
const sheetsWorkers = jobWorkers({
  start: () => new Worker(new URL('./sheets.worker.ts', import.meta.url), { type: 'module' }),
  keepIdleMs: 0,
})

/**
 * Reads a workbook in a worker, with the column mappings saved for shapes the layout does not
 * know; resolves with the validated pack, its problems, the shapes still to map or its refusal,
 * and rejects only with `JobFailed` or `JobCanceled`. The bytes are handed to the worker, not
 * copied: `bytes` is unusable afterwards (a view of part of a buffer is copied first).
 */
export function runSheetsImport(
  bytes: Uint8Array,
  fileName: string,
  defaults: PackDefaults,
  mappings: readonly ColumnMapping[] = [],
  options: RunOptions<never> = {},
): Promise<SheetsImportResult> {
  const own = transferableCopy(bytes)
  return sheetsWorkers.run(
    sheetsImportJob,
    { bytes: own, fileName, defaults, mappings: [...mappings] },
    options,
  )
}
