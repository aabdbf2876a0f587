import { describe, expect, it } from 'vitest'
import { fromBase64, isPaddedBase64, toBase64 } from './base64'

describe('base64', () => {
  it.each([
    [[], ''],
    [[0], 'AA=='],
    [[0, 1], 'AAE='],
    [[251, 255, 0], '+/8A'],
    [
      [...'Many hands make light work.'].map((c) => c.charCodeAt(0)),
      'TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu',
    ],
  ])('writes %j as %j and reads it back', (bytes, text) => {
    expect(toBase64(Uint8Array.from(bytes))).toBe(text)
    expect([...fromBase64(text)!]).toEqual(bytes)
  })

  it('agrees with Node on every length and byte value', () => {
    for (let length = 0; length < 300; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff)
      const text = Buffer.from(bytes).toString('base64')
      expect(toBase64(bytes)).toBe(text)
      expect(Buffer.from(fromBase64(text)!).equals(Buffer.from(bytes))).toBe(true)
    }
  })

  it('reads extra bits in the last group as atob does: ignored', () => {
    expect([...fromBase64('AB==')!]).toEqual([0])
  })

  it.each(['AAA', 'AA=A', 'A===', 'AAAA====', 'AA AA==', 'AA\nA=', '-_AA', 'AAAAA'])(
    'refuses %j',
    (text) => {
      expect(isPaddedBase64(text)).toBe(false)
      expect(fromBase64(text)).toBeUndefined()
    },
  )
})
