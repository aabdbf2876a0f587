import '../../zod-config'
import { WorkbookDatabase } from '../../db/database'
import { implementJob, serveJobs } from '../../jobs/serve-jobs'
import { buildReportBytes } from './build-report'
import { reportExportJob } from './report-export-job'

serveJobs([
  implementJob(reportExportJob, async (request, { progress }) => {
    const db = new WorkbookDatabase()
    try {
      const bytes = await buildReportBytes(db, request, (step, done, total) =>
        progress({ step, done, total }),
      )
      return bytes as Uint8Array<ArrayBuffer>
    } finally {
      db.close()
    }
  }),
])
