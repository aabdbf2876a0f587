import '../../zod-config'
import type { ArchiveContents } from '@core/archive'
import { WorkbookDatabase } from '../../db/database'
import { archiveRequestSchema, type ArchiveRequest, type ArchiveResponse } from './archive-jobs'
import {
  checkArchiveBytes,
  describeRefusal,
  exportArchiveBytes,
  importCheckedArchive,
} from './archive-in-worker'

// One export, or one import, per worker: the main thread starts a worker for it and terminates it
// to cancel (a check) or to let go of an archive the user did not import.
const post = (message: ArchiveResponse, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer)
const progress = (p: { done: number; total: number }) =>
  post({ kind: 'progress', progress: { done: p.done, total: p.total } })
const failure = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The archive the user is looking at in the preview, checked and waiting for their answer. */
let checked: ArchiveContents | undefined

async function handle(db: WorkbookDatabase, request: ArchiveRequest): Promise<void> {
  switch (request.kind) {
    case 'export': {
      const bytes = await exportArchiveBytes(db, request, progress)
      // Written into one buffer of its exact size, which is handed over, not copied.
      return post({ kind: 'exported', bytes }, [bytes.buffer])
    }
    case 'check': {
      try {
        const result = await checkArchiveBytes(db, new Uint8Array(request.bytes), progress)
        checked = result.contents
        return post({ kind: 'checked', preview: result.preview })
      } catch (error) {
        return post({ kind: 'failed', message: describeRefusal(error) })
      }
    }
    case 'import': {
      if (!checked) throw new Error('There is no checked archive to import.')
      const contents = checked
      checked = undefined
      return post({ kind: 'imported', imported: await importCheckedArchive(db, contents) })
    }
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = archiveRequestSchema.safeParse(event.data)
  if (!parsed.success) {
    post({ kind: 'failed', message: 'The archive worker was sent a request it does not know.' })
    return
  }
  const db = new WorkbookDatabase()
  handle(db, parsed.data)
    .catch((error: unknown) => post({ kind: 'failed', message: failure(error) }))
    .finally(() => db.close())
})
