import type { ColumnMapping, PackDefaults } from '@core/sheets'
import { transferableCopy } from '../../../jobs/define-job'
import type { RunOptions } from '../../../jobs/job-workers'
import { sheetsImportJob, type SheetsImportResult } from './sheets-import-job'
import { sheetsWorkers } from './sheets-workers'

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
