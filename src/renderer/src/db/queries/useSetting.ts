import { useLiveQuery } from 'dexie-react-hooks'
import { useDatabase } from '../DatabaseContext'
import type { Setting, SettingValue } from '../settings/define-setting'
import { loadSetting } from './settings'

/**
 * A setting, live, wrapped so that "still loading" (undefined) is told apart from a setting whose
 * value is undefined (the profile before first run).
 */
export function useSetting<S extends Setting>(setting: S): { value: SettingValue<S> } | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => ({ value: await loadSetting(db, setting) }), [db, setting])
}
