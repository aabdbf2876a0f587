import { describe, expect, it } from 'vitest'
import { DEFAULT_EVIDENCE_SIZE_LIMIT } from '@core/evidence'
import { freshDatabase } from '../test-support/fixtures'
import { loadEvidenceSizeLimit, saveEvidenceSizeLimit } from './evidence-settings'

describe('evidence size limit setting', () => {
  it('is 250 MB until changed, then what was saved', async () => {
    const db = await freshDatabase()
    expect(await loadEvidenceSizeLimit(db)).toBe(DEFAULT_EVIDENCE_SIZE_LIMIT)
    await saveEvidenceSizeLimit(db, 5 * 1024 * 1024)
    expect(await loadEvidenceSizeLimit(db)).toBe(5 * 1024 * 1024)
  })

  it('refuses a limit outside 1 MB to 1 GB and keeps the previous one', async () => {
    const db = await freshDatabase()
    await saveEvidenceSizeLimit(db, 2 * 1024 * 1024)
    await expect(saveEvidenceSizeLimit(db, 0)).rejects.toThrow()
    await expect(saveEvidenceSizeLimit(db, 2 * 1024 ** 3)).rejects.toThrow()
    expect(await loadEvidenceSizeLimit(db)).toBe(2 * 1024 * 1024)
  })
})
