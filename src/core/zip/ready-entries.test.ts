import { deflateSync, strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipReadyEntries } from './ready-entries'

describe('zipReadyEntries', () => {
  it('unzips to the same bytes, stored or deflated, whatever the names are made of', () => {
    const text = strToU8('<w:document>'.repeat(500))
    const photo = Uint8Array.from({ length: 5_000 }, (_, i) => (i * 2654435761) >>> 24)
    const zip = zipReadyEntries(
      [
        { name: '[Content_Types].xml', bytes: text, deflated: deflateSync(text) },
        { name: 'word/media/façade — 写真.jpg', bytes: photo },
        { name: 'empty', bytes: new Uint8Array(0) },
      ],
      Date.UTC(2026, 10, 29),
    )
    const files = unzipSync(zip)
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      'word/media/façade — 写真.jpg',
      'empty',
    ])
    expect(files['[Content_Types].xml']).toEqual(text)
    expect(files['word/media/façade — 写真.jpg']).toEqual(photo)
    expect(files['empty']).toEqual(new Uint8Array(0))
    expect(zip.length).toBeLessThan(text.length + photo.length) // the XML really is deflated
  })
})
