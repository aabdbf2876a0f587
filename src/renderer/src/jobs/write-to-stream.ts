import { transferableCopy } from './define-job'

/**
 * Runs `write` with a sink into `output` (a job's file output): each chunk waits for the stream
 * to take it, and the stream is closed when `write` is done, or aborted with its error. Resolves
 * with the bytes written.
 */
export async function writeToStream(
  output: WritableStream<Uint8Array>,
  write: (sink: (chunk: Uint8Array) => Promise<void>) => Promise<unknown>,
): Promise<number> {
  const writer = output.getWriter()
  let written = 0
  try {
    await write(async (chunk) => {
      // A chunk crosses to the page by structured clone, which copies a view's whole buffer:
      // a chunk that is part of a larger buffer (an image's) is copied on its own first.
      await writer.write(transferableCopy(chunk))
      written += chunk.length
    })
    await writer.close()
    return written
  } catch (error) {
    await writer.abort(error).catch(() => undefined)
    throw error
  }
}
