import { BUILTIN_PACK_ID } from '../content/builtin'
import { ArchiveError, NOTHING_IMPORTED, quoteName } from './errors'
import type { ArchiveScope, ArchiveData } from './types'

/**
 * An archive changes only what it says it holds. One of chosen audits carries those audits and
 * their frozen content, nothing global: settings (report options, branding, marking, evidence
 * limits) and installed packs come only from a backup of everything, which is what the writer
 * does, so an archive of audits that holds them has been made or changed by hand. And no archive
 * may bring a pack under the built-in pack's id: the built-in content is only what ships.
 */
export function checkGlobalContent(scope: ArchiveScope, data: ArchiveData): void {
  if (scope === 'audits') {
    const setting = data.settings[0]
    if (setting)
      throw refused(
        `it is an archive of chosen audits, yet it holds the setting ${quoteName(setting.key)}; settings come only from a backup of everything`,
      )
    const pack = data.packs[0]
    if (pack)
      throw refused(
        `it is an archive of chosen audits, yet it holds the content pack ${quoteName(pack.pack.title)}; packs come only from a backup of everything`,
      )
  }
  const impostor = data.packs.find((row) => row.id === BUILTIN_PACK_ID)
  if (impostor)
    throw refused(
      `it holds a content pack ${quoteName(impostor.pack.title)} ${impostor.version} under the id "${BUILTIN_PACK_ID}" of the built-in pack, whose content comes only with Audit Workbook itself`,
    )
}

function refused(detail: string): ArchiveError {
  return new ArchiveError(
    'global-content',
    `The archive has been made or changed by another program: ${detail}. ${NOTHING_IMPORTED}`,
  )
}
