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
    expect(decodeSettingValue(JSON.parse(JSON.stringify(encoded)))).toEqual(branding)
  })

  it('leaves plain JSON as it is', () => {
    const profile = { auditorName: 'Ana Ruiz', firm: '', list: [1, 'two', null, true] }
    expect(encodeSettingValue(profile)).toEqual(profile)
    expect(decodeSettingValue(profile)).toEqual(profile)
  })
})
