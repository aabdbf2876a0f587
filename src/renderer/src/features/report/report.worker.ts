import '../../zod-config'
import { WorkbookDatabase } from '../../db/database'
import { buildReportBytes } from './build-report'
import type { ExportMessage, ExportRequest } from './report-messages'

// One export per worker: the main thread starts a worker for it and terminates it to cancel.
const post = (message: ExportMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer)

self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  const db = new WorkbookDatabase()
  buildReportBytes(db, event.data, (step, done, total) =>
    post({ kind: 'progress', step, done, total }),
  )
    // fflate builds the file in a plain ArrayBuffer, which is handed over, not copied.
    .then((bytes) =>
      post({ kind: 'done', bytes: bytes as Uint8Array<ArrayBuffer> }, [bytes.buffer]),
    )
    .catch((error: unknown) =>
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => db.close())
})
