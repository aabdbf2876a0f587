import { z } from 'zod'

/**
 * A background job, declared once and imported by both sides: the page that runs it
 * (`job-workers.ts`) and the worker that does it (`serve-jobs.ts`). Each side checks what it
 * receives against these schemas, so neither acts on a message it does not expect.
 */
export interface JobDefinition<Input, Output, Progress = never> {
  /** Unique among the jobs one worker serves, as `feature/verb`: `report/export`. */
  name: string
  input: z.ZodType<Input>
  output: z.ZodType<Output>
  /** What the worker reports while it works; absent when it reports nothing. */
  progress?: z.ZodType<Progress>
  /** Buffers in the input to hand over to the worker rather than copy (it owns them after). */
  transferInput?(input: Input): Transferable[]
  /** Buffers in the output to hand over to the page rather than copy. */
  transferOutput?(output: Output): Transferable[]
  /** What the user reads when the job fails, given what went wrong. */
  failureMessage?(detail: string): string
}

export type AnyJob = JobDefinition<unknown, unknown, unknown>

export function defineJob<Input, Output, Progress = never>(
  job: JobDefinition<Input, Output, Progress>,
): JobDefinition<Input, Output, Progress> {
  return job
}

/**
 * Bytes in a buffer of their own: the kind that can be transferred (a view of a shared or
 * resizable buffer cannot).
 */
export const transferableBytes = z.custom<Uint8Array<ArrayBuffer>>(
  (value) => value instanceof Uint8Array && value.buffer instanceof ArrayBuffer,
  'Expected bytes in an ArrayBuffer.',
)

/**
 * Bytes that can be handed to a worker whole: the same view when it spans a buffer of its own,
 * otherwise a copy, so that transferring it never takes the rest of a larger buffer with it.
 */
export function transferableCopy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  return (whole ? bytes : bytes.slice()) as Uint8Array<ArrayBuffer>
}
