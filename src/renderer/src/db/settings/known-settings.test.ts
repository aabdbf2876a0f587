import { describe, expect, it } from 'vitest'
import { settingValue } from './define-setting'
import {
  brandingSetting,
  KNOWN_SETTINGS,
  profileSetting,
  reportOptionsSetting,
} from './known-settings'

describe('known settings', () => {
  it('declares each key once', () => {
    const keys = KNOWN_SETTINGS.map((s) => s.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toEqual([
      'profile',
      'reportOptions',
      'reportBranding',
      'reportTemplate',
      'evidenceSizeLimit',
      'sheetMappings',
    ])
  })

  it('reads a valid stored value as it is, parsed by the schema', () => {
    expect(settingValue(profileSetting, { auditorName: ' Ana ', firm: '' })).toEqual({
      auditorName: 'Ana',
      firm: '',
    })
  })

  it('reads report options stored before editions as the client edition, the rest kept', () => {
    const stored = {
      title: 'Q4 review',
      marking: 'Restricted',
      includeEvidenceAppendix: false,
      embedImages: true,
      includeNotes: false,
    }
    expect(settingValue(reportOptionsSetting, stored)).toEqual({ ...stored, edition: 'client' })
    expect(settingValue(reportOptionsSetting, { ...stored, edition: 'internal' }).edition).toBe(
      'internal',
    )
  })

  it('falls back when nothing valid is stored', () => {
    expect(settingValue(profileSetting, undefined)).toBeUndefined()
    expect(settingValue(brandingSetting, { accentColor: 'red' })).toEqual({
      accentColor: '1F5F8B',
    })
  })
})
