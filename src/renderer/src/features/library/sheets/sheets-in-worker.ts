import {
  mappingStep,
  packToGrid,
  readSections,
  readWorkbook,
  SheetFileError,
  writeXlsx,
} from '@core/sheets'
import { transferableCopy } from '../../../jobs/define-job'
import type { SheetsExportRequest } from './sheets-export-job'
import type { SheetsImportRequest, SheetsImportResult } from './sheets-import-job'

/**
 * What the sheets worker does, as a plain function (tested in Node): the file's bytes → the
 * validated pack, or every problem, or the shapes to map first, or the refusal. A refusal is an answer for the user, not a
 * failure of the job; anything else thrown is a fault and fails the job.
 */
export function importSheets({
  bytes,
  fileName,
  defaults,
  mappings,
}: SheetsImportRequest): SheetsImportResult {
  try {
    const step = mappingStep(readWorkbook(bytes, fileName), mappings)
    if (step.status === 'ask') return { status: 'needs-mapping', shapes: step.shapes }
    const result = readSections(step.grid, defaults)
    return result.ok
      ? { status: 'valid', pack: result.pack, notes: result.notes }
      : { status: 'problems', problems: result.problems, notes: result.notes }
  } catch (error) {
    if (error instanceof SheetFileError) return { status: 'refused', message: error.message }
    throw error
  }
}

/** What the sheets worker does for an export: the pack in the documented layout, as `.xlsx`. */
export function exportSheets({ pack, now }: SheetsExportRequest): Uint8Array<ArrayBuffer> {
  return transferableCopy(writeXlsx(packToGrid(pack), new Date(now)))
}
