import '../../zod-config'
import type { ArchiveContents, ArchiveProgress } from '@core/archive'
import { WorkbookDatabase } from '../../db/database'
import type { BlobSource } from '../../platform/blob-source'
import { implementJob, serveJobs } from '../../jobs/serve-jobs'
import { writeToStream } from '../../jobs/write-to-stream'
import { checkArchiveJob, exportArchiveJob, importArchiveJob } from './archive-jobs'
import {
  checkArchiveFile,
  describeRefusal,
  importCheckedArchive,
  writeArchiveFile,
} from './archive-in-worker'

// One export, or one check and its import, per worker: the page starts a worker for it and
// terminates it to cancel (a check) or to let go of an archive the user did not import.

/** The archive the user is looking at in the preview, checked and waiting for their answer. */
let checked: ArchiveContents<BlobSource> | undefined

async function withDatabase<T>(work: (db: WorkbookDatabase) => Promise<T>): Promise<T> {
  const db = new WorkbookDatabase()
  try {
    return await work(db)
  } finally {
    db.close()
  }
}

const reportTo = (progress: (p: ArchiveProgress) => void) => (p: ArchiveProgress) =>
  progress({ done: p.done, total: p.total })

serveJobs([
  implementJob(exportArchiveJob, ({ output, ...request }, { progress }) =>
    withDatabase(async (db) => ({
      bytes: await writeToStream(output, (sink) =>
        writeArchiveFile(db, request, sink, reportTo(progress)),
      ),
    })),
  ),
  implementJob(checkArchiveJob, ({ file }, { progress }) =>
    withDatabase(async (db) => {
      try {
        const result = await checkArchiveFile(db, file, reportTo(progress))
        checked = result.contents
        return result.preview
      } catch (error) {
        throw new Error(describeRefusal(error))
      }
    }),
  ),
  implementJob(importArchiveJob, (_, { progress }) => {
    if (!checked) throw new Error('There is no checked archive to import.')
    const contents = checked
    checked = undefined
    return withDatabase((db) => importCheckedArchive(db, contents, reportTo(progress)))
  }),
])
