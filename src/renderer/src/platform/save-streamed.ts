import type { RequestOf, SaveResult, WorkbookApi } from '@shared/ipc-contract'

export interface SaveStreamedOptions {
  /** Bytes written to the file so far, after each chunk. */
  onWritten?(written: number): void
  /**
   * Cancels the save until it is finished, even once the producer is done and its last chunks
   * are still being written: the save rejects with the signal's reason and leaves no file.
   */
  signal?: AbortSignal
}

/**
 * Saves a file as it is produced, through the bridge's streamed save: asks where (the save
 * dialog), gives `write` a stream whose every chunk is appended to the file before the next is
 * taken (so the producer, in a worker, waits for the disk and nothing piles up in memory), and
 * puts the file in place whole once `write` has finished and every chunk is written.
 *
 * If `write` fails or is canceled, or a chunk cannot be written (a full disk), the save is
 * aborted and nothing is left behind; the rejection is the disk's when it failed first, since
 * that is what the user must act on.
 */
export async function saveStreamed(
  bridge: Pick<WorkbookApi, 'saveStream'>,
  request: RequestOf<'save-stream:begin'>,
  write: (output: WritableStream<Uint8Array>) => Promise<unknown>,
  { onWritten, signal }: SaveStreamedOptions = {},
): Promise<SaveResult> {
  const { saveStream } = bridge
  const begun = await saveStream.begin(request)
  if (begun.status === 'canceled') return begun
  const { streamId } = begun
  let diskError: unknown
  let allWritten!: () => void
  let notWritten!: (reason: unknown) => void
  const written = new Promise<void>((resolve, reject) => {
    allWritten = resolve
    notWritten = reject
  })
  written.catch(() => undefined) // awaited below only when `write` succeeded
  const output = new WritableStream<Uint8Array>(
    {
      async write(chunk) {
        try {
          // Chunks come from a worker by structured clone: never a shared buffer.
          const bytes = chunk as Uint8Array<ArrayBuffer>
          const { written } = await saveStream.append({ streamId, bytes })
          onWritten?.(written)
        } catch (error) {
          diskError ??= error
          notWritten(error)
          throw error
        }
      },
      close: () => allWritten(),
      abort: (reason) => notWritten(reason),
    },
    // One chunk queued here at most: the writer waits for the disk.
    new CountQueuingStrategy({ highWaterMark: 1 }),
  )
  const canceled = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(signal.reason)
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  canceled.catch(() => undefined) // raced below, only while the save is under way
  try {
    await Promise.race([write(output), canceled])
    // The producer may finish before its last chunks have come through (a worker's stream).
    await Promise.race([written, canceled])
  } catch (error) {
    const reason = diskError ?? error
    // Already gone when the disk failed (main deleted the file); otherwise delete it now.
    await saveStream.abort({ streamId }).catch(() => undefined)
    throw reason
  }
  return saveStream.finish({ streamId })
}
