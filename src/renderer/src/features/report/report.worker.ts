import '../../zod-config'
import { WorkbookDatabase } from '../../db/database'
import { implementJob, serveJobs } from '../../jobs/serve-jobs'
import { writeToStream } from '../../jobs/write-to-stream'
import { writeReportFile } from './build-report'
import { reportExportJob } from './report-export-job'

serveJobs([
  implementJob(reportExportJob, async ({ output, ...request }, { progress }) => {
    const db = new WorkbookDatabase()
    try {
      const bytes = await writeToStream(output, (sink) =>
        writeReportFile(db, request, sink, (step, done, total) => progress({ step, done, total })),
      )
      return { bytes }
    } finally {
      db.close()
    }
  }),
])
