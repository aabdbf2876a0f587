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

  // A package's part names are written into its [Content_Types].xml and relationships, and an
  // archive's into its manifest: a name XML cannot hold would break the file it names. Names are
  // made by our code from clean data, so one that is not is a bug to stop, not text to tidy.
  it.each(['word/media/a\uFFFE.png', 'evidence/\u0000/original', 'x\ud800.xml'])(
    'refuses an entry named %j, which XML cannot hold',
    (name) => {
      expect(() =>
        zipReadyEntries([{ name, bytes: new Uint8Array(1) }], Date.UTC(2026, 10, 29)),
      ).toThrow(/entry name/)
    },
  )
})
