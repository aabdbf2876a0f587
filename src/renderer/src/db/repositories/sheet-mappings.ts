import { rememberMappings, type ColumnMapping } from '@core/sheets'
import type { WorkbookDatabase } from '../database'
import { loadSetting } from '../queries/settings'
import { MAX_SAVED_MAPPINGS, sheetMappingsSetting } from '../settings/known-settings'
import { saveSetting } from './settings'

/** Keeps the column mappings a workbook import just used, for the next file of the same shape. */
export async function rememberSheetMappings(
  db: WorkbookDatabase,
  chosen: readonly ColumnMapping[],
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const saved = await loadSetting(db, sheetMappingsSetting)
    await saveSetting(db, sheetMappingsSetting, rememberMappings(saved, chosen, MAX_SAVED_MAPPINGS))
  })
}
