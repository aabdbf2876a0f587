/**
 * Reads a whole Blob into `into` when it is large enough (a new buffer when not), through a BYOB
 * reader, so that reading thousands of files reuses one buffer instead of leaving a new one for
 * the garbage collector each time: the page's memory then stays flat however much is read.
 * `into` is detached by the read; the bytes, and the buffer to pass next time, are the returned
 * view (and its `buffer`).
 */
export async function readBlobInto(blob: Blob, into: ArrayBuffer): Promise<Uint8Array> {
  const size = blob.size
  let buffer = into.byteLength >= size ? into : new ArrayBuffer(size)
  if (size === 0) return new Uint8Array(buffer, 0, 0)
  const reader = blob.stream().getReader({ mode: 'byob' })
  let filled = 0
  try {
    while (filled < size) {
      const { done, value } = await reader.read(new Uint8Array(buffer, filled, size - filled))
      if (value) buffer = value.buffer as ArrayBuffer
      if (done) break
      filled += value.byteLength
    }
  } finally {
    reader.releaseLock()
  }
  if (filled !== size) throw new Error(`The file ended after ${filled} of its ${size} bytes.`)
  return new Uint8Array(buffer, 0, size)
}
