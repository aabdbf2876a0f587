import { z } from 'zod'

/**
 * Where a job writes a file as it makes it: a stream handed over to the worker (transferred,
 * so list it in `transferInput`), each chunk of which the page appends to the file (see
 * `saveStreamed`). Its backpressure holds the worker while the disk catches up, so chunks never
 * pile up on either side. The worker writes to it with `writeToStream`.
 */
export const fileOutput = z.instanceof(WritableStream<Uint8Array>)
