import { inflateSync, strToU8 } from 'fflate'
import { expect, it } from 'vitest'
import { nativeDeflateRaw } from './native-deflate'

it('deflates so that a zip reader inflates the same bytes back', async () => {
  const xml = strToU8('<w:p><w:r><w:t>Who is paged at 2am?</w:t></w:r></w:p>'.repeat(2_000))
  const deflated = await nativeDeflateRaw(xml)
  expect(deflated.length).toBeLessThan(xml.length / 20)
  expect(inflateSync(deflated)).toEqual(xml)
  expect(inflateSync(await nativeDeflateRaw(new Uint8Array(0)))).toEqual(new Uint8Array(0))
})
