import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { decodeArchivedSettings } from './archived-settings'
import { ArchiveError } from './errors'

const schemas = new Map<string, z.ZodType>([
  ['profile', z.object({ auditorName: z.string().trim().min(1) })],
  ['logo', z.object({ bytes: z.instanceof(Uint8Array) })],
])

describe('decodeArchivedSettings', () => {
  it('decodes bytes and checks each value with its own schema', () => {
    const decoded = decodeArchivedSettings(
      [
        { key: 'profile', value: { auditorName: ' Ana ' } },
        { key: 'logo', value: { bytes: { $base64: 'AAE=' } } },
      ],
      schemas,
    )
    expect(decoded.get('profile')).toEqual({ auditorName: 'Ana' })
    expect([...(decoded.get('logo') as { bytes: Uint8Array }).bytes]).toEqual([0, 1])
  })

  it.each([
    [
      { key: 'theme', value: 'dark' },
      /“theme” is not a setting this version of Audit Workbook knows/,
    ],
    [{ key: 'toString', value: 'x' }, /“toString” is not a setting/],
    [
      { key: 'logo', value: { bytes: { $base64: 'AA' } } },
      /“logo” holds bytes that cannot be read/,
    ],
    [{ key: 'profile', value: { auditorName: '' } }, /the setting “profile” at auditorName /],
  ])('refuses %j as damaged, naming the setting', (setting, message) => {
    const decode = () => decodeArchivedSettings([setting], schemas)
    expect(decode).toThrow(ArchiveError)
    expect(decode).toThrow(message)
  })
})
