import type { AnyJob, JobDefinition } from './define-job'
import { messageOf, toWorkerSchema, type MessageEnd, type ToPage } from './job-messages'

/**
 * The worker's side of the job helper: a worker module calls `serveJobs` once with the jobs it
 * does. Every job ends in one message, `done` or `failed`: whatever its code throws is sent as a
 * failure, so the page never sees an unhandled error from a job.
 */

export interface JobContext<Progress> {
  /** Tells the page how far the job has got. */
  progress(progress: Progress): void
  /**
   * Aborted when the page's cancel reaches the worker. The page terminates the worker right
   * after sending it, so a cancel never waits for the job; a job that can stop cleanly checks
   * the signal at its next turn, if it hears in time (a terminated worker hears nothing more).
   */
  signal: AbortSignal
}

/** A job's definition with the code that does it. */
export interface JobImplementation {
  job: AnyJob
  run(input: unknown, context: JobContext<unknown>): Promise<unknown>
}

export function implementJob<Input, Output, Progress>(
  job: JobDefinition<Input, Output, Progress>,
  run: (input: Input, context: JobContext<Progress>) => Promise<Output>,
): JobImplementation {
  return {
    job: job as AnyJob,
    run: (input, context) => run(input as Input, context as JobContext<Progress>),
  }
}

/** Answers the page's requests for these jobs on `scope` (the worker's global scope). */
export function serveJobs(
  implementations: readonly JobImplementation[],
  scope: MessageEnd = globalThis as unknown as MessageEnd,
): void {
  const byName = new Map(implementations.map((i) => [i.job.name, i]))
  const running = new Map<number, AbortController>()
  const post = (message: ToPage, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer)

  async function start(id: number, name: string, rawInput: unknown): Promise<void> {
    const implementation = byName.get(name)
    if (!implementation) throw new Error(`This worker does not do “${name}”.`)
    const { job } = implementation
    const input = job.input.safeParse(rawInput)
    if (!input.success) throw new Error(`The ${name} job was given something it cannot work on.`)
    const controller = new AbortController()
    running.set(id, controller)
    try {
      const output = await implementation.run(input.data, {
        progress: (progress) => post({ type: 'progress', id, progress }),
        signal: controller.signal,
      })
      post({ type: 'done', id, output }, job.transferOutput?.(output) ?? [])
    } finally {
      running.delete(id)
    }
  }

  scope.addEventListener('message', (event) => {
    const message = toWorkerSchema.safeParse((event as MessageEvent<unknown>).data)
    if (!message.success) return // not a job request: nothing to answer to
    const request = message.data
    if (request.type === 'cancel') return running.get(request.id)?.abort()
    start(request.id, request.job, request.input).catch((error: unknown) =>
      post({ type: 'failed', id: request.id, message: messageOf(error) }),
    )
  })
}
