import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readyZipSize } from './ready-entries'
import { memorySink, StreamZip } from './stream-zip'

describe('readyZipSize', () => {
  it('is the size of the zip StreamZip writes, whatever the names are made of', async () => {
    const text = strToU8('<w:document>'.repeat(500))
    const entries = [
      { name: '[Content_Types].xml', bytes: text, deflated: deflateSync(text) },
      { name: 'word/media/façade — 写真.jpg', bytes: new Uint8Array(5_000) },
      { name: 'empty', bytes: new Uint8Array(0) },
    ]
    const { sink, bytes } = memorySink()
    const zip = new StreamZip(sink, Date.UTC(2026, 10, 29))
    for (const entry of entries) await zip.add(entry)
    await zip.end()
    const planned = readyZipSize(
      entries.map((e) => ({ name: e.name, stored: (e.deflated ?? e.bytes).length })),
    )
    expect(bytes().length).toBe(planned)
  })
})
