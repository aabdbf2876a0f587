import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { defineJob, transferableBytes, transferableCopy } from './define-job'
import { JobCanceled, JobFailed, JobWorker, jobWorkers, type WorkerEnd } from './job-workers'
import { implementJob, serveJobs, type JobImplementation } from './serve-jobs'

/**
 * The helper's two halves joined by a real MessageChannel: messages are cloned (and buffers
 * transferred) as between a page and a worker. `terminate` closes the page's end.
 */
const opened: MessagePort[] = []

type FakeWorker = WorkerEnd & EventTarget & { terminated: boolean }

function fakeWorker(implementations: JobImplementation[]): FakeWorker {
  const { port1: page, port2: worker } = new MessageChannel()
  opened.push(page, worker)
  serveJobs(implementations, worker)
  return Object.assign(page, {
    terminated: false,
    terminate() {
      this.terminated = true
      page.close()
    },
  })
}

afterEach(() => {
  for (const port of opened.splice(0)) port.close()
  vi.useRealTimers()
})

const sumJob = defineJob({
  name: 'test/sum',
  input: z.strictObject({ numbers: z.array(z.number()) }),
  output: z.strictObject({ sum: z.number() }),
  progress: z.strictObject({ done: z.number(), total: z.number() }),
  failureMessage: (detail) => `The sum could not be made: ${detail}`,
})

const sum = implementJob(sumJob, async ({ numbers }, { progress }) => {
  let total = 0
  for (const [i, n] of numbers.entries()) {
    total += n
    progress({ done: i + 1, total: numbers.length })
  }
  return { sum: total }
})

describe('a job run in a worker', () => {
  it('reports progress in order, then resolves with the checked output', async () => {
    const worker = new JobWorker(() => fakeWorker([sum]))
    const progress: string[] = []
    const output = await worker.run(
      sumJob,
      { numbers: [1, 2, 3] },
      { onProgress: ({ done, total }) => progress.push(`${done}/${total}`) },
    )
    expect(output).toEqual({ sum: 6 })
    expect(progress).toEqual(['1/3', '2/3', '3/3'])
    expect(worker.idle).toBe(true)
  })

  it('refuses an output its schema does not allow, and ends that worker', async () => {
    const wrong = implementJob(sumJob, async () => ({ sum: 'six' }) as unknown as { sum: number })
    const port = fakeWorker([wrong])
    const worker = new JobWorker(() => port)
    const result = worker.run(sumJob, { numbers: [1] })
    await expect(result).rejects.toBeInstanceOf(JobFailed)
    await expect(result).rejects.toThrow(
      'The sum could not be made: The test/sum job answered with something unexpected.',
    )
    expect(port.terminated).toBe(true)
    expect(worker.idle).toBe(false)
  })

  it('turns an error thrown in the worker into a failure with its message', async () => {
    const throwing = implementJob(sumJob, async () => {
      throw new Error('The disk is full.')
    })
    const port = fakeWorker([throwing])
    const result = new JobWorker(() => port).run(sumJob, { numbers: [1] })
    await expect(result).rejects.toThrow('The sum could not be made: The disk is full.')
    expect(port.terminated).toBe(true)
  })

  it('refuses input the job does not accept, and a job the worker does not do, as failures', async () => {
    const badInput = new JobWorker(() => fakeWorker([sum])).run(sumJob, {
      numbers: 'one, two',
    } as unknown as { numbers: number[] })
    await expect(badInput).rejects.toThrow(
      'The test/sum job was given something it cannot work on.',
    )

    const elsewhere = defineJob({ name: 'test/other', input: z.null(), output: z.null() })
    const unknown = new JobWorker(() => fakeWorker([sum])).run(elsewhere, null)
    await expect(unknown).rejects.toThrow('This worker does not do “test/other”.')
  })

  it('rejects a worker that would not start, or stopped, with a failure rather than a throw', async () => {
    const neverStarted = new JobWorker(() => {
      throw new Error('Workers are not available here.')
    })
    await expect(neverStarted.run(sumJob, { numbers: [] })).rejects.toThrow(
      'The sum could not be made: Workers are not available here.',
    )

    const port = fakeWorker([]) // serves nothing: the job waits until the worker breaks
    const crashed = new JobWorker(() => port).run(sumJob, { numbers: [] })
    const error = Object.assign(new Event('error', { cancelable: true }), {
      message: 'Uncaught SyntaxError',
    })
    port.dispatchEvent(error)
    await expect(crashed).rejects.toThrow('The sum could not be made: Uncaught SyntaxError')
    expect(error.defaultPrevented).toBe(true)
    expect(port.terminated).toBe(true)
  })

  it('cancels at once: the job rejects, the worker’s signal aborts and the worker ends', async () => {
    let signalled: () => void = () => undefined
    const heard = new Promise<void>((resolve) => (signalled = resolve))
    let started: () => void = () => undefined
    const running = new Promise<void>((resolve) => (started = resolve))
    const endless = implementJob(sumJob, ({ numbers }, { signal }) => {
      signal.addEventListener('abort', signalled)
      started()
      return new Promise(() => void numbers) // never finishes by itself
    })
    const port = fakeWorker([endless])
    const worker = new JobWorker(() => port)
    const canceling = new AbortController()
    const result = worker.run(sumJob, { numbers: [1] }, { signal: canceling.signal })
    await running
    canceling.abort()
    await expect(result).rejects.toBeInstanceOf(JobCanceled)
    expect(port.terminated).toBe(true)
    await heard // the worker was told before it was terminated

    await expect(worker.run(sumJob, { numbers: [1] })).rejects.toBeInstanceOf(JobFailed)
  })

  it('hands buffers over rather than copying them, in both directions', async () => {
    const bytesJob = defineJob({
      name: 'test/reverse',
      input: z.strictObject({ buffer: z.instanceof(ArrayBuffer) }),
      output: transferableBytes,
      transferInput: ({ buffer }) => [buffer],
      transferOutput: (bytes) => [bytes.buffer],
    })
    let sent: Uint8Array<ArrayBuffer> | undefined
    const reverse = implementJob(bytesJob, async ({ buffer }) => {
      sent = new Uint8Array(buffer).reverse()
      return sent
    })
    const input = new Uint8Array([1, 2, 3]).buffer
    const output = await new JobWorker(() => fakeWorker([reverse])).run(bytesJob, {
      buffer: input,
    })
    expect([...output]).toEqual([3, 2, 1])
    expect(input.byteLength).toBe(0) // detached: the worker has it now
    expect(sent?.byteLength).toBe(0) // and the page has the answer
  })
})

describe('workers kept between jobs', () => {
  function counted(implementations: JobImplementation[]) {
    const started: FakeWorker[] = []
    const start = () => {
      const port = fakeWorker(implementations)
      started.push(port)
      return port
    }
    return { started, start }
  }

  it('reuses a worker only after a job that finished', async () => {
    let fail = false
    const flaky = implementJob(sumJob, async ({ numbers }) => {
      if (fail) throw new Error('No.')
      return { sum: numbers.length }
    })
    const { started, start } = counted([flaky])
    const workers = jobWorkers({ start, keepIdleMs: Infinity })

    await workers.run(sumJob, { numbers: [1] })
    await workers.run(sumJob, { numbers: [1] })
    expect(started).toHaveLength(1)

    fail = true
    await expect(workers.run(sumJob, { numbers: [1] })).rejects.toBeInstanceOf(JobFailed)
    expect(started[0]!.terminated).toBe(true)
    fail = false
    await workers.run(sumJob, { numbers: [1] })
    expect(started).toHaveLength(2)

    const canceled = new AbortController()
    const job = workers.run(sumJob, { numbers: [1] }, { signal: canceled.signal })
    canceled.abort()
    await expect(job).rejects.toBeInstanceOf(JobCanceled)
    expect(started[1]!.terminated).toBe(true)
    await workers.run(sumJob, { numbers: [1] })
    expect(started).toHaveLength(3)
  })

  it('keeps one worker for a while, and a worker started ahead is the one the next job uses', async () => {
    vi.useFakeTimers()
    const { started, start } = counted([sum])
    const workers = jobWorkers({ start, keepIdleMs: 1000 })
    workers.prestart()
    workers.prestart()
    expect(started).toHaveLength(1)
    await workers.run(sumJob, { numbers: [1] })
    expect(started).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(started[0]!.terminated).toBe(true)
    await workers.run(sumJob, { numbers: [1] })
    expect(started).toHaveLength(2)
  })

  it('ends a finished job’s worker at once when nothing is to be kept', async () => {
    const { started, start } = counted([sum])
    const workers = jobWorkers({ start, keepIdleMs: 0 })
    await workers.run(sumJob, { numbers: [1] })
    expect(started[0]!.terminated).toBe(true)
  })

  it('lends a worker for jobs that must follow one another in it', async () => {
    const { started, start } = counted([sum])
    const workers = jobWorkers({ start, keepIdleMs: 0 })
    const worker = workers.take()
    await worker.run(sumJob, { numbers: [1] })
    await worker.run(sumJob, { numbers: [2] })
    expect(started).toHaveLength(1)
    expect(started[0]!.terminated).toBe(false)
    worker.end()
    expect(started[0]!.terminated).toBe(true)
  })
})

describe('transferableCopy', () => {
  it('hands over a view of a whole buffer as it is, and copies a part so the rest stays', () => {
    const whole = new Uint8Array([1, 2, 3, 4])
    expect(transferableCopy(whole)).toBe(whole)

    const part = whole.subarray(1, 3)
    const copy = transferableCopy(part)
    expect(copy).not.toBe(part)
    expect(copy.buffer.byteLength).toBe(2)
    expect([...copy]).toEqual([2, 3])
  })
})
