import type { ExportMessage, ExportRequest } from './report-messages'

export interface RunningExport {
  result: Promise<Uint8Array<ArrayBuffer>>
  cancel(): void
}

export class ExportCanceled extends Error {
  override name = 'ExportCanceled'
}

/**
 * How long the worker of a finished export is kept for the next one. A new worker loads and
 * compiles the docx library and runs everything cold, which costs about a third of an export;
 * consultants often export, read, fix a note and export again.
 */
export const WORKER_KEPT_MS = 5 * 60_000

let spare: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined

const newWorker = () =>
  new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' })

/**
 * Starts a worker before it is needed — when the Export dialog opens — so that the first export
 * does not wait for the worker to load the docx library. Kept as a finished export's would be.
 */
export function prepareReportWorker(): void {
  if (!spare) keepWorker(newWorker())
}

function takeWorker(): Worker {
  if (!spare) return newWorker()
  clearTimeout(spare.timer)
  const { worker } = spare
  spare = undefined
  return worker
}

/** Keeps a worker whose export finished for the next export, for a while. */
function keepWorker(worker: Worker): void {
  if (spare) return worker.terminate()
  const timer = setTimeout(() => {
    if (spare?.worker === worker) spare = undefined
    worker.terminate()
  }, WORKER_KEPT_MS)
  spare = { worker, timer }
}

/**
 * Starts an export in a worker; `cancel` stops it at once (the worker is terminated). A worker
 * whose export failed or was canceled is never used again.
 */
export function runReportExport(
  request: ExportRequest,
  onProgress: (step: string, done: number, total: number) => void,
): RunningExport {
  const worker = takeWorker()
  const listening = new AbortController()
  let settle: { reject(error: Error): void } | undefined
  let settled = false
  const result = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    settle = { reject }
    const finish = (keep: boolean) => {
      settled = true
      listening.abort()
      if (keep) keepWorker(worker)
      else worker.terminate()
    }
    const { signal } = listening
    worker.addEventListener(
      'message',
      (event: MessageEvent<ExportMessage>) => {
        const message = event.data
        if (message.kind === 'progress')
          return onProgress(message.step, message.done, message.total)
        finish(message.kind === 'done')
        if (message.kind === 'done') resolve(message.bytes)
        else reject(new Error(`The report could not be made: ${message.message}`))
      },
      { signal },
    )
    worker.addEventListener(
      'error',
      (event) => {
        finish(false)
        reject(new Error(`The report could not be made: ${event.message || 'the export stopped.'}`))
      },
      { signal },
    )
    worker.postMessage(request)
  })
  return {
    result,
    cancel() {
      // Once settled, the worker is not this export's any more: it may be kept for the next.
      if (settled) return
      settled = true
      listening.abort()
      worker.terminate()
      settle?.reject(new ExportCanceled('Export canceled.'))
    },
  }
}
