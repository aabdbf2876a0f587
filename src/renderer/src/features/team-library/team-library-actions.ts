import type { ContentPack } from '@core/content'
import type { LibraryVersion } from '@core/team'
import { plural } from '../../components/format'
import type { WorkbookDatabase } from '../../db/database'
import type { Clock } from '../../db/repositories/clock'
import { installFromFirmLibrary } from '../../team/firm-library'

/**
 * What the Library screen's team library buttons do, and what they then tell the consultant:
 * kept apart from the component so each is tested without a browser.
 */

/** Publishes a pack version (through the team store), or throws the refusal in words. */
export async function publishPackVersion(
  publish: (pack: ContentPack) => Promise<void>,
  pack: ContentPack,
): Promise<string> {
  await publish(pack)
  return `Published “${pack.title}” ${pack.version} to the team library: every member of the firm can now install it.`
}

/** Installs a version from the firm library here, or throws why it cannot be installed. */
export async function installLibraryVersion(
  db: WorkbookDatabase,
  version: LibraryVersion,
  clock?: Clock,
): Promise<string> {
  await installFromFirmLibrary(db, version, clock)
  const { pack } = version
  return `Installed “${pack.title}” ${pack.version} from the team library, with ${plural(pack.sections.length, 'section')}. New audits can now include ${pack.sections.length === 1 ? 'it' : 'them'}.`
}

/** The key of a pack version, as the lists match installed and published ones. */
export function versionKey(pack: Pick<ContentPack, 'id' | 'version'>): string {
  return `${pack.id}@${pack.version}`
}
