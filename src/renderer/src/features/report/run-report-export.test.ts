import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { JobCanceled, type RunOptions } from '../../jobs/job-workers'
import type { ToPage, ToWorker } from '../../jobs/job-messages'
import type { ExportRequest } from './report-export-job'
import { prepareReportWorker, runReportExport, WORKER_KEPT_MS } from './run-report-export'

type Answer =
  | { type: 'progress'; progress: { step: string; done: number; total: number } }
  | { type: 'done'; output: { bytes: number } }
  | { type: 'failed'; message: string }

/** A stand-in for the report worker: records the requests it is sent, answers when told to. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = []
  messages: ToWorker[] = []
  transferred: unknown[] = []
  terminated = false
  constructor() {
    super()
    FakeWorker.made.push(this)
  }
  get requests(): unknown[] {
    return this.messages.flatMap((m) => (m.type === 'start' ? [m.input] : []))
  }
  postMessage(message: ToWorker, transfer: unknown[] = []) {
    this.messages.push(message)
    this.transferred.push(...transfer)
  }
  terminate() {
    this.terminated = true
  }
  /** Answers the last job it was sent. */
  answer(answer: Answer) {
    const id = this.messages.findLast((m) => m.type === 'start')!.id
    const data: ToPage = { ...answer, id }
    this.dispatchEvent(new MessageEvent('message', { data }))
  }
}

/** Runs an export as the Export dialog does, with a `cancel` standing for its Cancel button. */
function startExport(
  request: ExportRequest,
  onProgress: RunOptions<{ step: string; done: number; total: number }>['onProgress'],
) {
  const canceling = new AbortController()
  const output = new WritableStream<Uint8Array>()
  const result = runReportExport(request, output, {
    ...(onProgress ? { onProgress } : {}),
    signal: canceling.signal,
  })
  return { result, output, cancel: () => canceling.abort() }
}

const request: ExportRequest = {
  auditId: 'audit-1',
  options: {
    title: 'Audit',
    marking: 'Confidential',
    includeEvidenceAppendix: true,
    edition: 'client',
    embedImages: true,
    includeNotes: true,
  },
  now: 0,
  timeZone: 'UTC',
}
const written = () => ({ bytes: 2 })

describe('runReportExport', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    FakeWorker.made = []
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(async () => {
    // Leave no kept worker behind for the next test.
    await vi.runAllTimersAsync()
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('reports progress, and keeps a finished export’s worker warm for the next export', async () => {
    const progress = vi.fn()
    const first = startExport(request, progress)
    const worker = FakeWorker.made[0]!
    worker.answer({
      type: 'progress',
      progress: { step: 'Writing the document', done: 0, total: 1 },
    })
    worker.answer({ type: 'done', output: written() })
    await expect(first.result).resolves.toBe(2)
    expect(progress).toHaveBeenCalledWith({ step: 'Writing the document', done: 0, total: 1 })
    first.cancel() // too late to cancel: must not kill the kept worker
    expect(worker.terminated).toBe(false)

    const second = startExport(request, () => {})
    expect(FakeWorker.made).toHaveLength(1)
    expect(worker.requests).toHaveLength(2)
    worker.answer({ type: 'done', output: written() })
    await expect(second.result).resolves.toBe(2)
  })

  it('can start the worker ahead, when the Export dialog opens, and the export then uses it', async () => {
    prepareReportWorker()
    prepareReportWorker()
    expect(FakeWorker.made).toHaveLength(1)
    const job = startExport(request, () => {})
    expect(FakeWorker.made).toHaveLength(1)
    // The file's stream is handed over to the worker, which writes the report into it.
    expect(FakeWorker.made[0]!.requests).toEqual([{ ...request, output: job.output }])
    expect(FakeWorker.made[0]!.transferred).toEqual([job.output])
    FakeWorker.made[0]!.answer({ type: 'done', output: written() })
    await expect(job.result).resolves.toBe(2)
  })

  it('lets the kept worker go after a while', async () => {
    const job = startExport(request, () => {})
    FakeWorker.made[0]!.answer({ type: 'done', output: written() })
    await job.result
    await vi.advanceTimersByTimeAsync(WORKER_KEPT_MS)
    expect(FakeWorker.made[0]!.terminated).toBe(true)
    startExport(request, () => {})
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('never reuses a worker whose export failed or was canceled', async () => {
    const failing = startExport(request, () => {})
    FakeWorker.made[0]!.answer({ type: 'failed', message: 'An image is missing.' })
    await expect(failing.result).rejects.toThrow(
      'The report could not be made: An image is missing.',
    )
    expect(FakeWorker.made[0]!.terminated).toBe(true)

    const canceled = startExport(request, () => {})
    expect(FakeWorker.made).toHaveLength(2)
    canceled.cancel()
    await expect(canceled.result).rejects.toBeInstanceOf(JobCanceled)
    expect(FakeWorker.made[1]!.terminated).toBe(true)
    FakeWorker.made[1]!.answer({ type: 'done', output: written() }) // a late answer changes nothing

    startExport(request, () => {})
    expect(FakeWorker.made).toHaveLength(3)
  })
})
