import { compareVersions, newestVersions } from '../content/pack-install'
import type { ContentPack } from '../content/schema'
import type { AuditContent } from '../audit/model'

/**
 * The packs an audit could be updated to (PRODUCT.md §14): of the installed packs, the newest
 * version of each pack the audit uses, when it is newer than a version one of the audit's
 * sections was started with. In the order the audit first uses each pack.
 */
export function upgradesAvailable(
  content: AuditContent,
  installed: readonly ContentPack[],
): ContentPack[] {
  const newest = new Map(newestVersions(installed).map((pack) => [pack.id, pack]))
  const offered = new Map<string, ContentPack>()
  for (const scoped of content.sections) {
    const pack = newest.get(scoped.packId)
    if (pack && compareVersions(pack.version, scoped.packVersion) > 0) offered.set(pack.id, pack)
  }
  return [...offered.values()]
}
