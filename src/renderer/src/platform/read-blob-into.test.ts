import { describe, expect, it } from 'vitest'
import { readBlobInto } from './read-blob-into'

const bytesOf = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31) % 251)

describe('readBlobInto', () => {
  it('reads the whole blob into the buffer given when it is large enough', async () => {
    const content = bytesOf(300_000)
    const into = new ArrayBuffer(1024 * 1024)
    const read = await readBlobInto(new Blob([content]), into)
    expect(read).toEqual(content)
    expect(read.buffer.byteLength).toBe(1024 * 1024) // the same memory, handed back
    // …and the buffer it hands back serves the next read.
    const next = bytesOf(1000).reverse()
    expect(await readBlobInto(new Blob([next]), read.buffer as ArrayBuffer)).toEqual(next)
  })

  it('takes a larger buffer for a blob that does not fit, and reads an empty one', async () => {
    const content = bytesOf(5000)
    expect(await readBlobInto(new Blob([content]), new ArrayBuffer(16))).toEqual(content)
    expect((await readBlobInto(new Blob([]), new ArrayBuffer(16))).length).toBe(0)
  })
})
