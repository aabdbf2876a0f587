import type { WorkbookDatabase } from '../database'
import { settingValue, type Setting, type SettingValue } from '../settings/define-setting'

/** A setting's value: the saved one if it is valid, else the setting's fallback. */
export async function loadSetting<S extends Setting>(
  db: WorkbookDatabase,
  setting: S,
): Promise<SettingValue<S>> {
  return settingValue(setting, (await db.settings.get(setting.key))?.value)
}
