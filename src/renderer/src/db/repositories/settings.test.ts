import { describe, expect, it } from 'vitest'
import { freshDatabase } from '../test-support/fixtures'
import { loadProfile, saveProfile } from './settings'

describe('settings repository', () => {
  it('has no profile until the welcome saves one, then returns it', async () => {
    const db = await freshDatabase()
    expect(await loadProfile(db)).toBeUndefined()
    await saveProfile(db, { auditorName: '  Ana Ruiz ', firm: 'Ruiz Consulting' })
    expect(await loadProfile(db)).toEqual({ auditorName: 'Ana Ruiz', firm: 'Ruiz Consulting' })
  })

  it('refuses an empty auditor name and keeps the previous profile', async () => {
    const db = await freshDatabase()
    await saveProfile(db, { auditorName: 'Ana Ruiz', firm: '' })
    await expect(saveProfile(db, { auditorName: '   ', firm: 'X' })).rejects.toThrow()
    expect(await loadProfile(db)).toEqual({ auditorName: 'Ana Ruiz', firm: '' })
  })
})
