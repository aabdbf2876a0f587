import '../../../zod-config'
import { implementJob, serveJobs } from '../../../jobs/serve-jobs'
import { sheetsExportJob } from './sheets-export-job'
import { sheetsImportJob } from './sheets-import-job'
import { exportSheets, importSheets } from './sheets-in-worker'

serveJobs([
  implementJob(sheetsImportJob, async (request) => importSheets(request)),
  implementJob(sheetsExportJob, async (request) => exportSheets(request)),
])
