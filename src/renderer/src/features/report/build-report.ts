import { buildReportModel } from '@core/report/build'
import type { ReportMedia } from '@core/report/model'
import { writeReport } from '@core/report/docx/pack-docx'
import type { ZipSink } from '@core/zip/stream-zip'
import type { WorkbookDatabase } from '../../db/database'
import { loadSetting } from '../../db/queries/settings'
import { brandingSetting } from '../../db/settings/known-settings'
import { LOGO_MEDIA_ID } from '../../db/settings/report-branding'
import { loadReportInput } from './load-report-input'
import { loadReportTemplate } from './load-report-template'
import { nativeDeflateRaw } from './native-deflate'
import { EXPORT_STEPS, type ExportRequest } from './report-export-job'

export type ProgressReporter = (step: string, done: number, total: number) => void

/**
 * Reads the audit, builds the report and writes the .docx to `sink` as it is made. Runs in the
 * report worker, off the UI thread. Images (the page-sized renditions made at capture, never the
 * originals) are read from IndexedDB a few ahead of the one being written, each let go once
 * written: memory does not grow with the evidence.
 */
export async function writeReportFile(
  db: WorkbookDatabase,
  request: ExportRequest,
  sink: ZipSink,
  progress: ProgressReporter,
): Promise<void> {
  progress(EXPORT_STEPS.reading, 0, 1)
  const pages = new Map<string, Blob>()
  const [input, { logo }, template] = await Promise.all([
    loadReportInput(db, request.auditId, request.options, request, pages),
    loadSetting(db, brandingSetting),
    loadReportTemplate(db),
  ])
  progress(EXPORT_STEPS.writing, 0, 1)
  const model = buildReportModel(input)
  const resolve = async (media: ReportMedia): Promise<Uint8Array> => {
    if (media.id === LOGO_MEDIA_ID && logo) return logo.bytes
    const page = request.options.embedImages ? pages.get(media.id) : undefined
    if (!page) throw new Error(`An image of the evidence is missing (${media.id}).`)
    return new Uint8Array(await page.arrayBuffer())
  }
  await writeReport(model, resolve, sink, {
    now: Date.now(),
    onProgress: (done, total) => progress(EXPORT_STEPS.images, done, total),
    deflateRaw: nativeDeflateRaw,
    ...(template ? { template } : {}),
  })
}
