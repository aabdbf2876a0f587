import type { z } from 'zod'

/**
 * One saved setting: the key it is stored under, the schema every value is checked with when it
 * is saved, read or imported from an archive, and the value in effect until one is saved. A new
 * setting is declared once, with `defineSetting`, and listed in `KNOWN_SETTINGS`.
 */
export interface Setting<Schema extends z.ZodType = z.ZodType, Fallback = unknown> {
  readonly key: string
  readonly schema: Schema
  readonly fallback: Fallback
}

/** The value a setting has when read: a valid stored value, or its fallback. */
export type SettingValue<S extends Setting> = z.output<S['schema']> | S['fallback']

export function defineSetting<Schema extends z.ZodType, Fallback>(
  key: string,
  schema: Schema,
  fallback: Fallback,
): Setting<Schema, Fallback> {
  return { key, schema, fallback }
}

/** What a stored value means: itself when the schema accepts it, else the fallback. */
export function settingValue<S extends Setting>(setting: S, stored: unknown): SettingValue<S> {
  const parsed = setting.schema.safeParse(stored)
  return parsed.success ? parsed.data : setting.fallback
}
