import type { z } from 'zod'
import { formatPackPath } from '../content/pack-rules'
import { packErrorMap } from '../content/pack-errors'
import { ArchiveError, NOTHING_IMPORTED, quoteName } from './errors'
import type { ArchivedSetting } from './schemas'
import { decodeSettingValue } from './setting-values'

/** The schema of every setting an archive may bring, by key (the app's settings, declared once). */
export type SettingSchemas = ReadonlyMap<string, z.ZodType>

/*
 * Every setting an archive brings is checked with the schema the app saves it with, after its
 * bytes are decoded from base64: all of it before the import's transaction starts, so a bad value
 * is refused here with a clear message, never halfway through the write. A setting this version
 * does not know is refused too: nothing would read it, and nothing should be stored that nothing
 * reads.
 */

function refused(detail: string): ArchiveError {
  return new ArchiveError(
    'invalid-data',
    `The archive is damaged or was not made by Audit Workbook: in settings.json, ${detail}. ${NOTHING_IMPORTED}`,
  )
}

/** Every setting of the archive as the database will keep it, by key; throws the first problem. */
export function decodeArchivedSettings(
  settings: readonly ArchivedSetting[],
  schemas: SettingSchemas,
): ReadonlyMap<string, unknown> {
  const decoded = new Map<string, unknown>()
  for (const { key, value } of settings) {
    const schema = schemas.get(key)
    if (!schema)
      throw refused(`${quoteName(key)} is not a setting this version of Audit Workbook knows`)
    let bytesDecoded: unknown
    try {
      bytesDecoded = decodeSettingValue(value)
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      throw refused(`the setting ${quoteName(key)} holds bytes that cannot be read (${why})`)
    }
    const result = schema.safeParse(bytesDecoded, { error: packErrorMap })
    if (!result.success) {
      const issue = result.error.issues[0]!
      const path = formatPackPath(issue.path)
      throw refused(`the setting ${quoteName(key)}${path ? ` at ${path}` : ''} ${issue.message}`)
    }
    decoded.set(key, result.data)
  }
  return decoded
}
