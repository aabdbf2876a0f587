import type { ExportMessage, ExportRequest } from './report-messages'

export interface RunningExport {
  result: Promise<Uint8Array<ArrayBuffer>>
  cancel(): void
}

export class ExportCanceled extends Error {
  override name = 'ExportCanceled'
}

/** Starts an export in its own worker; `cancel` stops it at once. */
export function runReportExport(
  request: ExportRequest,
  onProgress: (step: string, done: number, total: number) => void,
): RunningExport {
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' })
  let settle: { reject(error: Error): void } | undefined
  const result = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    settle = { reject }
    worker.addEventListener('message', (event: MessageEvent<ExportMessage>) => {
      const message = event.data
      if (message.kind === 'progress') return onProgress(message.step, message.done, message.total)
      worker.terminate()
      if (message.kind === 'done') resolve(message.bytes)
      else reject(new Error(`The report could not be made: ${message.message}`))
    })
    worker.addEventListener('error', (event) => {
      worker.terminate()
      reject(new Error(`The report could not be made: ${event.message || 'the export stopped.'}`))
    })
    worker.postMessage(request)
  })
  return {
    result,
    cancel() {
      worker.terminate()
      settle?.reject(new ExportCanceled('Export canceled.'))
    },
  }
}
