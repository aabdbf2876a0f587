import { deflateSync, strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { memorySink, StreamZip } from './stream-zip'

const MTIME = Date.UTC(2026, 10, 29)
const photo = (length: number, seed = 1) =>
  Uint8Array.from({ length }, (_, i) => ((i + seed) * 2654435761) >>> 24)

describe('StreamZip', () => {
  it('writes a zip that unzips to the same bytes, stored or deflated', async () => {
    const text = strToU8('<w:document>'.repeat(500))
    const { sink, bytes } = memorySink()
    const zip = new StreamZip(sink, MTIME, 4096)
    await zip.add({ name: '[Content_Types].xml', bytes: text, deflated: deflateSync(text) })
    await zip.add({ name: 'word/media/façade — 写真.jpg', bytes: photo(10_000) })
    await zip.add({ name: 'empty', bytes: new Uint8Array(0) })
    await zip.end()

    const files = unzipSync(bytes())
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      'word/media/façade — 写真.jpg',
      'empty',
    ])
    expect(files['[Content_Types].xml']).toEqual(text)
    expect(files['word/media/façade — 写真.jpg']).toEqual(photo(10_000))
    expect(files['empty']).toEqual(new Uint8Array(0))
    expect(zip.written).toBe(bytes().length)
  })

  it('hands each entry to the sink before the next is added, in chunks no larger than asked', async () => {
    const sizes: number[] = []
    const seenBeforeLast: number[] = []
    const zip = new StreamZip(async (chunk) => void sizes.push(chunk.length), MTIME, 64 * 1024)
    for (let i = 0; i < 20; i++) {
      if (i === 19) seenBeforeLast.push(zip.written)
      await zip.add({ name: `word/media/${i}.jpg`, bytes: photo(200_000, i) })
    }
    await zip.end()
    // Nineteen images (3.8 MB) had gone to the sink before the last was added: in flight there
    // is never more than one entry and one chunk.
    expect(seenBeforeLast[0]).toBeGreaterThan(19 * 200_000 - 64 * 1024)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024)
  })

  it('waits for the sink: a slow sink holds up the next entry, and its failure stops the zip', async () => {
    let release!: () => void
    const order: string[] = []
    const zip = new StreamZip(
      (chunk) => {
        order.push(`write ${chunk.length}`)
        return new Promise<void>((resolve) => (release = resolve))
      },
      MTIME,
      16,
    )
    const adding = zip.add({ name: 'a.bin', bytes: photo(100) }).then(() => order.push('added'))
    await Promise.resolve()
    expect(order).toEqual(['write 16'])
    for (let i = 0; i < 10 && !order.includes('added'); i++) {
      release()
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    await adding
    expect(order.at(-1)).toBe('added')

    const full = new StreamZip(async () => Promise.reject(new Error('ENOSPC')), MTIME, 16)
    await expect(full.add({ name: 'a.bin', bytes: photo(100) })).rejects.toThrow('ENOSPC')
  })

  it('refuses an entry whose name XML cannot hold', async () => {
    const zip = new StreamZip(async () => undefined, MTIME)
    await expect(zip.add({ name: 'a\uFFFE.png', bytes: new Uint8Array(1) })).rejects.toThrow(
      /entry name/,
    )
  })
})
