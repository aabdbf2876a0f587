import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from './sha256'

describe('sha256Hex', () => {
  const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff)
  const expected = createHash('sha256').update(bytes).digest('hex')

  it('hashes bytes, a buffer and a blob alike, in lower-case hex', async () => {
    expect(await sha256Hex(bytes)).toBe(expected)
    expect(await sha256Hex(bytes.slice().buffer)).toBe(expected)
    expect(await sha256Hex(new Blob([bytes]))).toBe(expected)
    expect(expected).toMatch(/^[0-9a-f]{64}$/)
  })

  it('hashes only the bytes a view shows, not its whole buffer', async () => {
    const padded = new Uint8Array(bytes.length + 20)
    padded.set(bytes, 10)
    expect(await sha256Hex(padded.subarray(10, 10 + bytes.length))).toBe(expected)
  })

  it('hashes nothing as the hash of the empty string', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
  })
})
