import { generatedExecutiveSummary } from '@core/report/build'
import { DEFAULT_REPORT_OPTIONS } from '@core/report/build/input'
import type { RichText } from '@core/narrative'
import type { WorkbookDatabase } from '../../db/database'
import { loadReportInput } from '../report/load-report-input'

/** The executive summary the report would write from the scores as they stand now. */
export async function loadGeneratedSummary(
  db: WorkbookDatabase,
  auditId: string,
): Promise<RichText> {
  const input = await loadReportInput(db, auditId, DEFAULT_REPORT_OPTIONS, {
    now: Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  })
  return generatedExecutiveSummary(input)
}
