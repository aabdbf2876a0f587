import type { Audit } from '@core/audit'
import { builtinPack, whyNotInstallable, type ContentPack } from '@core/content'
import { UserFacingError } from '@shared/errors'
import type { InstalledPackRow, PackSource, WorkbookDatabase } from '../database'
import { auditsUsingPack } from '../queries/packs'
import { systemClock, type Clock } from './clock'

/** Installs a validated pack, unless it clashes with one already installed (PRODUCT.md §2). */
export async function installPack(
  db: WorkbookDatabase,
  pack: ContentPack,
  clock: Clock = systemClock,
  source: PackSource = 'pack-file',
): Promise<InstalledPackRow> {
  return db.transaction('rw', db.packs, async () => {
    const installed = (await db.packs.toArray()).map((row) => row.pack)
    const why = whyNotInstallable(pack, [builtinPack, ...installed])
    if (why) throw new UserFacingError(`This content pack cannot be installed. ${why}`)
    const row: InstalledPackRow = {
      id: pack.id,
      version: pack.version,
      installedAt: clock.now(),
      pack,
      source,
    }
    await db.packs.add(row)
    return row
  })
}

const SHOWN_USERS = 5

/** Why a pack in use cannot be removed, naming the audits that use it. */
export function packInUseMessage(pack: ContentPack, users: readonly Audit[]): string {
  const names = users.slice(0, SHOWN_USERS).map((a) => `${a.client} (${a.system})`)
  const rest = users.length - names.length
  if (rest > 0) names.push(`${rest} more`)
  const list =
    names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`
  const who =
    users.length === 1 ? `the audit of ${list} uses it` : `${users.length} audits use it: ${list}`
  return `“${pack.title}” ${pack.version} cannot be removed: ${who}. It can be removed once no audit uses it.`
}

/** Removes an imported pack that no audit uses; otherwise says which audits use it. */
export async function removePack(db: WorkbookDatabase, id: string, version: string): Promise<void> {
  await db.transaction('rw', db.packs, db.auditContents, db.audits, async () => {
    const row = await db.packs.get([id, version])
    if (!row) throw new UserFacingError('That content pack is no longer installed.')
    const users = await auditsUsingPack(db, id, version)
    if (users.length > 0) throw new UserFacingError(packInUseMessage(row.pack, users))
    await db.packs.delete([id, version])
  })
}
