import type { ContentPack } from '@core/content'
import { sheetsExportJob } from './sheets-export-job'
import { sheetsWorkers } from './sheets-workers'

/** The pack as `.xlsx` bytes, written in the sheets worker; rejects only with `JobFailed`. */
export function runSheetsExport(pack: ContentPack, now: number): Promise<Uint8Array<ArrayBuffer>> {
  return sheetsWorkers.run(sheetsExportJob, { pack, now })
}
