import '../../../zod-config'
import { implementJob, serveJobs } from '../../../jobs/serve-jobs'
import { sheetsImportJob } from './sheets-import-job'
import { importSheets } from './sheets-in-worker'

serveJobs([implementJob(sheetsImportJob, async (request) => importSheets(request))])
