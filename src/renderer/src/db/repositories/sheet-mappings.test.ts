import { describe, expect, it } from 'vitest'
import { loadSetting } from '../queries/settings'
import { sheetMappingsSetting } from '../settings/known-settings'
import { freshDatabase } from '../test-support/fixtures'
import { rememberSheetMappings } from './sheet-mappings'

describe('saved column mappings', () => {
  it('keeps the mapping just used first, one per shape', async () => {
    const db = await freshDatabase()
    const a = { shapeKey: 'a|b', columns: { prompt: 0 } }
    const b = { shapeKey: 'c|d', columns: { prompt: 1, guidance: 0 } }
    await rememberSheetMappings(db, [a])
    await rememberSheetMappings(db, [b])
    await rememberSheetMappings(db, [{ ...a, columns: { prompt: 1 } }])
    expect(await loadSetting(db, sheetMappingsSetting)).toEqual([
      { shapeKey: 'a|b', columns: { prompt: 1 } },
      b,
    ])
  })
})
