import { buildReportModel } from '@core/report/build'
import type { ReportMedia } from '@core/report/model'
import { packReport } from '@core/report/docx/pack-docx'
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
 * Reads the audit, builds the report and packs the .docx. Runs in the report worker, off the UI
 * thread. Images (the page-sized renditions made at capture, never the originals) start reading
 * as soon as the audit is read, so that storage works while this thread writes the document.
 */
export async function buildReportBytes(
  db: WorkbookDatabase,
  request: ExportRequest,
  progress: ProgressReporter,
): Promise<Uint8Array> {
  progress(EXPORT_STEPS.reading, 0, 1)
  const pages = new Map<string, Blob>()
  const [input, { logo }, template] = await Promise.all([
    loadReportInput(db, request.auditId, request.options, request, pages),
    loadSetting(db, brandingSetting),
    loadReportTemplate(db),
  ])
  const reading = request.options.embedImages ? startReading(pages) : new Map()
  progress(EXPORT_STEPS.writing, 0, 1)
  const model = buildReportModel(input)
  const resolve = async (media: ReportMedia): Promise<Uint8Array> => {
    if (media.id === LOGO_MEDIA_ID && logo) return logo.bytes
    const bytes = reading.get(media.id)
    if (!bytes) throw new Error(`An image of the evidence is missing (${media.id}).`)
    return bytes
  }
  return packReport(model, resolve, {
    now: Date.now(),
    onProgress: (done, total) => progress(EXPORT_STEPS.images, done, total),
    deflateRaw: nativeDeflateRaw,
    ...(template ? { template } : {}),
  })
}

/** Starts reading every image's bytes; a failed read surfaces when that image is packed. */
function startReading(pages: ReadonlyMap<string, Blob>): Map<string, Promise<Uint8Array>> {
  const reading = new Map<string, Promise<Uint8Array>>()
  for (const [mediaId, blob] of pages) {
    const bytes = blob.arrayBuffer().then((buffer) => new Uint8Array(buffer))
    bytes.catch(() => {}) // handled where it is awaited
    reading.set(mediaId, bytes)
  }
  return reading
}
