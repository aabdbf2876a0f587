import { z } from 'zod'

/**
 * The envelope of every message between a page and a job worker. The payloads (`input`,
 * `progress`, `output`) are checked by the receiver against the job's own schemas.
 */

const jobId = z.number().int().nonnegative()

/** Page → worker: start a job, or stop one. */
export const toWorkerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), id: jobId, job: z.string(), input: z.unknown() }),
  z.strictObject({ type: z.literal('cancel'), id: jobId }),
])
export type ToWorker = z.infer<typeof toWorkerSchema>

/** Worker → page: how a job is getting on, and how it ended. A failure is data, not a throw. */
export const toPageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), id: jobId, progress: z.unknown() }),
  z.strictObject({ type: z.literal('done'), id: jobId, output: z.unknown() }),
  z.strictObject({ type: z.literal('failed'), id: jobId, message: z.string() }),
])
export type ToPage = z.infer<typeof toPageSchema>

/** The two ends of a worker as the helper uses them: a `Worker`, its global scope, or a port. */
export interface MessageEnd {
  postMessage(message: unknown, transfer: Transferable[]): void
  addEventListener(type: string, listener: (event: Event) => void): void
  removeEventListener(type: string, listener: (event: Event) => void): void
}

/** An error's message, for the user; anything thrown that is not an Error is shown as text. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
