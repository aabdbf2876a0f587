import { describe, expect, it } from 'vitest'
import { decodeSettingValue, encodeSettingValue } from './setting-values'

describe('setting values in an archive', () => {
  it('carries bytes as base64 and brings them back as bytes', () => {
    const logo = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) & 0xff)
    const branding = {
      accentColor: '1F5F8B',
      logo: { bytes: logo, type: 'png', width: 2, height: 1 },
    }
    const encoded = encodeSettingValue(branding)
    expect(JSON.parse(JSON.stringify(encoded))).toEqual(encoded)
    const decoded = decodeSettingValue(JSON.parse(JSON.stringify(encoded))) as typeof branding
    // The bytes compared whole: a deep equality of 100,000 bytes one by one takes seconds under load.
    expect(decoded.logo.bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(decoded.logo.bytes).equals(Buffer.from(logo))).toBe(true)
    expect({ ...decoded, logo: { ...decoded.logo, bytes: 'compared above' } }).toEqual({
      ...branding,
      logo: { ...branding.logo, bytes: 'compared above' },
    })
  })

  it.each(['AAA', 'AA=A', 'A===', 'AAAA====', 'AA AA==', 'AA\nA=', '-_AA', 'AAAAA'])(
    'refuses %j, which is not padded standard base64',
    (text) => {
      expect(() => decodeSettingValue({ $base64: text })).toThrow(TypeError)
    },
  )

  it.each([
    ['', []],
    ['AA==', [0]],
    ['AAE=', [0, 1]],
    ['+/8A', [251, 255, 0]],
  ])('reads %j as its bytes', (text, bytes) => {
    expect([...(decodeSettingValue({ $base64: text }) as Uint8Array)]).toEqual(bytes)
  })

  it('leaves plain JSON as it is', () => {
    const profile = { auditorName: 'Ana Ruiz', firm: '', list: [1, 'two', null, true] }
    expect(encodeSettingValue(profile)).toEqual(profile)
    expect(decodeSettingValue(profile)).toEqual(profile)
  })
})
