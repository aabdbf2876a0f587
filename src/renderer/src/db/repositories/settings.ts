import type { z } from 'zod'
import type { WorkbookDatabase } from '../database'
import type { Setting } from '../settings/define-setting'

/** Saves a setting's value, checked (and trimmed) by its schema; throws when it is invalid. */
export async function saveSetting<S extends Setting>(
  db: WorkbookDatabase,
  setting: S,
  value: z.input<S['schema']>,
): Promise<void> {
  await db.settings.put({ key: setting.key, value: setting.schema.parse(value) })
}

/** Forgets a setting's saved value: its fallback applies again. */
export async function removeSetting(db: WorkbookDatabase, setting: Setting): Promise<void> {
  await db.settings.delete(setting.key)
}
