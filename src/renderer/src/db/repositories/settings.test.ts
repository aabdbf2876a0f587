import { describe, expect, it } from 'vitest'
import { DEFAULT_EVIDENCE_SIZE_LIMIT } from '@core/evidence'
import { DEFAULT_REPORT_OPTIONS } from '@core/report/build/input'
import { loadSetting } from '../queries/settings'
import {
  evidenceSizeLimitSetting,
  profileSetting,
  reportOptionsSetting,
} from '../settings/known-settings'
import { freshDatabase } from '../test-support/fixtures'
import { saveSetting } from './settings'

describe('settings repository', () => {
  it('has no profile until the welcome saves one, then returns it', async () => {
    const db = await freshDatabase()
    expect(await loadSetting(db, profileSetting)).toBeUndefined()
    await saveSetting(db, profileSetting, { auditorName: '  Ana Ruiz ', firm: 'Ruiz Consulting' })
    expect(await loadSetting(db, profileSetting)).toEqual({
      auditorName: 'Ana Ruiz',
      firm: 'Ruiz Consulting',
    })
  })

  it('refuses an empty auditor name and keeps the previous profile', async () => {
    const db = await freshDatabase()
    await saveSetting(db, profileSetting, { auditorName: 'Ana Ruiz', firm: '' })
    await expect(
      saveSetting(db, profileSetting, { auditorName: '   ', firm: 'X' }),
    ).rejects.toThrow()
    expect(await loadSetting(db, profileSetting)).toEqual({ auditorName: 'Ana Ruiz', firm: '' })
  })

  it('reads a stored value its schema refuses as the fallback', async () => {
    const db = await freshDatabase()
    await db.settings.put({ key: reportOptionsSetting.key, value: { title: '' } })
    expect(await loadSetting(db, reportOptionsSetting)).toEqual(DEFAULT_REPORT_OPTIONS)
  })
})

describe('evidence size limit setting', () => {
  it('is 250 MB until changed, then what was saved', async () => {
    const db = await freshDatabase()
    expect(await loadSetting(db, evidenceSizeLimitSetting)).toBe(DEFAULT_EVIDENCE_SIZE_LIMIT)
    await saveSetting(db, evidenceSizeLimitSetting, 5 * 1024 * 1024)
    expect(await loadSetting(db, evidenceSizeLimitSetting)).toBe(5 * 1024 * 1024)
  })

  it('refuses a limit outside 1 MB to 1 GB and keeps the previous one', async () => {
    const db = await freshDatabase()
    await saveSetting(db, evidenceSizeLimitSetting, 2 * 1024 * 1024)
    await expect(saveSetting(db, evidenceSizeLimitSetting, 0)).rejects.toThrow()
    await expect(saveSetting(db, evidenceSizeLimitSetting, 2 * 1024 ** 3)).rejects.toThrow()
    expect(await loadSetting(db, evidenceSizeLimitSetting)).toBe(2 * 1024 * 1024)
  })
})
