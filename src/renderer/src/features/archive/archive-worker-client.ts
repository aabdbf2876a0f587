import type { ArchiveProgress } from '@core/archive'
import type {
  ArchiveRequest,
  ArchiveResponse,
  ExportArchiveRequest,
  ImportedArchive,
  ImportPreviewSummary,
} from './archive-jobs'

/**
 * The main thread's side of the archive worker: it sends a request, passes the progress on, and
 * waits for the answer. The export and the import call these, and so does the benchmark.
 */

export class ArchiveCanceled extends Error {
  override name = 'ArchiveCanceled'
}

type Answer = Exclude<ArchiveResponse, { kind: 'progress' | 'failed' }>

/** One worker, one request at a time; `end` terminates it and rejects what is still awaited. */
class ArchiveWorker {
  private readonly worker = new Worker(new URL('./archive.worker.ts', import.meta.url), {
    type: 'module',
  })
  private pending: { reject(error: Error): void } | undefined

  send(
    request: ArchiveRequest,
    transfer: Transferable[],
    onProgress: (progress: ArchiveProgress) => void,
  ): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      this.pending = { reject }
      const settle = () => {
        this.pending = undefined
        this.worker.removeEventListener('message', onMessage)
        this.worker.removeEventListener('error', onError)
      }
      const onMessage = ({ data }: MessageEvent<ArchiveResponse>) => {
        if (data.kind === 'progress') return onProgress(data.progress)
        settle()
        if (data.kind === 'failed') {
          this.worker.terminate()
          reject(new Error(data.message))
        } else resolve(data)
      }
      const onError = (event: ErrorEvent) => {
        settle()
        this.worker.terminate()
        reject(new Error(event.message || 'The archive work stopped unexpectedly.'))
      }
      this.worker.addEventListener('message', onMessage)
      this.worker.addEventListener('error', onError)
      this.worker.postMessage(request, transfer)
    })
  }

  end(): void {
    this.worker.terminate()
    this.pending?.reject(new ArchiveCanceled('Canceled.'))
    this.pending = undefined
  }
}

function expect<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  if (answer.kind !== kind) throw new Error(`The archive worker answered ${answer.kind}.`)
  return answer as Extract<Answer, { kind: K }>
}

export interface RunningArchiveExport {
  /** The archive's bytes, handed over by the worker. */
  result: Promise<Uint8Array<ArrayBuffer>>
  cancel(): void
}

/** Reads the selection and writes the archive in a worker; `cancel` stops it at once. */
export function runArchiveExport(
  request: Omit<ExportArchiveRequest, 'kind'>,
  onProgress: (progress: ArchiveProgress) => void,
): RunningArchiveExport {
  const worker = new ArchiveWorker()
  const result = worker
    .send({ kind: 'export', ...request }, [], onProgress)
    .then((answer) => expect(answer, 'exported').bytes)
    .finally(() => worker.end())
  return { result, cancel: () => worker.end() }
}

/** An archive being checked in a worker, then waiting there for the user to import it or not. */
export interface ArchiveCheck {
  /** What importing it would do; rejects with the reason when the archive is refused. */
  preview: Promise<ImportPreviewSummary>
  /** Writes the checked archive, in one transaction or nothing; then the worker ends. */
  importChecked(): Promise<ImportedArchive>
  /** Stops a check, or lets go of a checked archive (not during `importChecked`). */
  cancel(): void
}

/**
 * Starts checking an archive. Its bytes are handed to the worker, not copied: `bytes` is unusable
 * afterwards (a view of part of a buffer is copied first, so the rest of that buffer is kept).
 */
export function checkArchive(
  bytes: Uint8Array,
  onProgress: (progress: ArchiveProgress) => void,
): ArchiveCheck {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  const buffer = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer
  const worker = new ArchiveWorker()
  const preview = worker
    .send({ kind: 'check', bytes: buffer }, [buffer], onProgress)
    .then((answer) => expect(answer, 'checked').preview)
  // A refusal or a cancel is the caller's to handle through `preview`; not an unhandled rejection.
  preview.catch(() => undefined)
  return {
    preview,
    importChecked: () =>
      worker
        .send({ kind: 'import' }, [], () => undefined)
        .then((answer) => expect(answer, 'imported').imported)
        .finally(() => worker.end()),
    cancel: () => worker.end(),
  }
}
