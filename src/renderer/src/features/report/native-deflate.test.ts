import { inflateSync, strFromU8, strToU8 } from 'fflate'
import { expect, it } from 'vitest'
import { nativeDeflateRaw } from './native-deflate'

it('deflates so that a zip reader inflates the same bytes back', async () => {
  const text = '<w:p><w:r><w:t>Who is paged at 2am?</w:t></w:r></w:p>'.repeat(2_000)
  const xml = strToU8(text)
  const deflated = await nativeDeflateRaw(xml)
  expect(deflated.length).toBeLessThan(xml.length / 20)
  // Compared as text: a deep equality of 100,000 bytes one by one takes seconds on a busy machine.
  expect(strFromU8(inflateSync(deflated))).toBe(text)
  expect(inflateSync(await nativeDeflateRaw(new Uint8Array(0)))).toEqual(new Uint8Array(0))
})
