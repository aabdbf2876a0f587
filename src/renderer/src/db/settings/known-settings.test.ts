import { describe, expect, it } from 'vitest'
import { settingValue } from './define-setting'
import {
  brandingSetting,
  KNOWN_SETTINGS,
  profileSetting,
  reportOptionsSetting,
  teamSetting,
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
      'team',
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

  it('keeps a team server only at an https or loopback address, and never a password', () => {
    const team = { server: 'https://couch.example.com', username: 'ana' }
    expect(settingValue(teamSetting, team)).toEqual(team)
    expect(settingValue(teamSetting, { ...team, server: 'http://127.0.0.1:5984' })).not.toBeNull()
    expect(settingValue(teamSetting, { ...team, server: 'http://couch.example.com' })).toBeNull()
    expect(settingValue(teamSetting, { ...team, password: 'x' })).toBeNull()
    expect(settingValue(teamSetting, undefined)).toBeNull()
  })
})
