import { buildReportModel } from '@core/report/build'
import type { ReportMedia } from '@core/report/model'
import { packReport } from '@core/report/docx/pack-docx'
import type { WorkbookDatabase } from '../../db/database'
import { loadBranding, LOGO_MEDIA_ID } from '../../db/repositories/report-settings'
import { loadReportInput } from './load-report-input'
import { EXPORT_STEPS, type ExportRequest } from './report-messages'

export type ProgressReporter = (step: string, done: number, total: number) => void

/**
 * Reads the audit, builds the report and packs the .docx. Runs in the report worker, off the UI
 * thread; images are read from IndexedDB one at a time as they are packed (the page-sized
 * renditions made at capture, never the originals).
 */
export async function buildReportBytes(
  db: WorkbookDatabase,
  request: ExportRequest,
  progress: ProgressReporter,
): Promise<Uint8Array> {
  progress(EXPORT_STEPS.reading, 0, 1)
  const input = await loadReportInput(db, request.auditId, request.options, request)
  progress(EXPORT_STEPS.writing, 0, 1)
  const model = buildReportModel(input)
  const logo = (await loadBranding(db)).logo
  const resolve = async (media: ReportMedia): Promise<Uint8Array> => {
    if (media.id === LOGO_MEDIA_ID && logo) return logo.bytes
    const [evidenceId, role] = media.id.split('/') as [string, 'page']
    const row = await db.evidenceBlobs.get([evidenceId, role])
    if (!row)
      throw new Error(`An image of the evidence is missing from the database (${evidenceId}).`)
    return new Uint8Array(await row.blob.arrayBuffer())
  }
  return packReport(model, resolve, (done, total) => progress(EXPORT_STEPS.images, done, total))
}
