import type { JobDefinition } from './define-job'
import { messageOf, toPageSchema, type MessageEnd, type ToPage } from './job-messages'

/**
 * The page's side of the job helper: runs jobs in workers, one job at a time per worker. A job
 * resolves with its checked output or rejects with `JobFailed` (a message for the user) or
 * `JobCanceled`. A worker is used again only after a job that finished: one whose job failed or
 * was canceled is terminated, so no half-done state is ever carried into the next job.
 */

export class JobFailed extends Error {
  override name = 'JobFailed'
}

export class JobCanceled extends Error {
  override name = 'JobCanceled'
}

/** A started worker, as the helper uses it: `Worker` is one. */
export interface WorkerEnd extends MessageEnd {
  terminate(): void
}

export interface RunOptions<Progress> {
  onProgress?(progress: Progress): void
  /** Aborting it rejects the job with `JobCanceled` at once and ends the worker. */
  signal?: AbortSignal
}

const STOPPED = 'The work stopped unexpectedly.'

/** One worker that runs jobs one after another; see `jobWorkers` for keeping one between jobs. */
export class JobWorker {
  private worker: WorkerEnd | undefined
  private startError: string | undefined
  private busy = false
  private lastId = 0

  constructor(start: () => WorkerEnd) {
    try {
      this.worker = start()
    } catch (error) {
      this.startError = messageOf(error)
    }
  }

  /** Whether the next job may run here: not ended, and no job running. */
  get idle(): boolean {
    return this.worker !== undefined && !this.busy
  }

  run<Input, Output, Progress>(
    job: JobDefinition<Input, Output, Progress>,
    input: Input,
    options: RunOptions<Progress> = {},
  ): Promise<Output> {
    const failed = (detail: string) => new JobFailed(job.failureMessage?.(detail) ?? detail)
    const worker = this.worker
    if (!worker) return Promise.reject(failed(this.startError ?? STOPPED))
    if (this.busy) return Promise.reject(failed('Another job is still running in this worker.'))
    const { signal, onProgress } = options
    if (signal?.aborted) return Promise.reject(new JobCanceled('Canceled.'))
    this.busy = true
    const id = ++this.lastId

    return new Promise<Output>((resolve, reject) => {
      const settle = (ended: 'finished' | 'failed' | 'canceled') => {
        worker.removeEventListener('message', onMessage)
        worker.removeEventListener('messageerror', onBroken)
        worker.removeEventListener('error', onBroken)
        signal?.removeEventListener('abort', onAbort)
        this.busy = false
        if (ended !== 'finished') this.end()
      }
      const fail = (detail: string) => {
        settle('failed')
        reject(failed(detail))
      }
      const onReply = (reply: ToPage) => {
        if (reply.type === 'failed') return fail(reply.message)
        if (reply.type === 'progress') {
          const progress = job.progress?.safeParse(reply.progress)
          if (!progress?.success)
            return fail(`The ${job.name} job reported progress it should not.`)
          return onProgress?.(progress.data)
        }
        const output = job.output.safeParse(reply.output)
        if (!output.success) return fail(`The ${job.name} job answered with something unexpected.`)
        settle('finished')
        resolve(output.data)
      }
      const onMessage = (event: Event) => {
        const reply = toPageSchema.safeParse((event as MessageEvent<unknown>).data)
        if (!reply.success)
          return fail(`The ${job.name} job’s worker sent a message it should not.`)
        if (reply.data.id === id) onReply(reply.data)
      }
      const onBroken = (event: Event) => {
        // A worker that failed to load or threw outside a job: reported here, not as uncaught.
        event.preventDefault()
        fail((event as Partial<ErrorEvent>).message || STOPPED)
      }
      const onAbort = () => {
        worker.postMessage({ type: 'cancel', id }, [])
        settle('canceled')
        reject(new JobCanceled('Canceled.'))
      }

      worker.addEventListener('message', onMessage)
      worker.addEventListener('messageerror', onBroken)
      worker.addEventListener('error', onBroken)
      signal?.addEventListener('abort', onAbort)
      try {
        worker.postMessage(
          { type: 'start', id, job: job.name, input },
          job.transferInput?.(input) ?? [],
        )
      } catch (error) {
        fail(messageOf(error)) // the input could not be sent (not cloneable)
      }
    })
  }

  /** Terminates the worker; a job still running here is left unanswered, so cancel it first. */
  end(): void {
    this.worker?.terminate()
    this.worker = undefined
  }
}

export interface JobWorkersOptions {
  start: () => WorkerEnd
  /**
   * How long a worker whose job finished is kept for the next job: 0 ends it at once,
   * `Infinity` keeps it for the page's life. At most one worker is kept.
   */
  keepIdleMs: number
}

export interface JobWorkers {
  /** Runs a job in the kept worker, or a new one; keeps the worker after if the job finished. */
  run<Input, Output, Progress>(
    job: JobDefinition<Input, Output, Progress>,
    input: Input,
    options?: RunOptions<Progress>,
  ): Promise<Output>
  /** Starts a worker before it is needed, kept as a finished job's worker would be. */
  prestart(): void
  /** A worker of its own, for jobs that must follow one another there; the caller ends it. */
  take(): JobWorker
}

export function jobWorkers({ start, keepIdleMs }: JobWorkersOptions): JobWorkers {
  let kept: { worker: JobWorker; timer?: ReturnType<typeof setTimeout> } | undefined

  const take = (): JobWorker => {
    if (!kept) return new JobWorker(start)
    clearTimeout(kept.timer)
    const { worker } = kept
    kept = undefined
    return worker
  }

  const keep = (worker: JobWorker): void => {
    if (!worker.idle) return // ended: its job failed or was canceled
    if (kept || keepIdleMs <= 0) return worker.end()
    const letGo = () => {
      if (kept?.worker === worker) kept = undefined
      worker.end()
    }
    kept = {
      worker,
      ...(Number.isFinite(keepIdleMs) ? { timer: setTimeout(letGo, keepIdleMs) } : {}),
    }
  }

  return {
    async run(job, input, options) {
      const worker = take()
      try {
        return await worker.run(job, input, options)
      } finally {
        keep(worker)
      }
    },
    prestart() {
      if (!kept) keep(new JobWorker(start))
    },
    take,
  }
}
