import { BUILTIN_PACK_ID } from './builtin'
import type { ContentPack } from './schema'

/**
 * The rules for installing an imported pack beside the packs already installed (PRODUCT.md §2):
 * a section id belongs to one pack only, a version is installed once, and a newer version of a
 * pack installs beside the older one (audits keep the version they started with). No pack may
 * take the built-in pack's id: a "newer version" of it would replace the built-in sections.
 */

/** Compares two `major.minor.patch` versions: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** Why the pack cannot be installed, in the user's words; undefined when it can. */
export function whyNotInstallable(
  pack: ContentPack,
  installed: readonly ContentPack[],
): string | undefined {
  if (pack.id === BUILTIN_PACK_ID)
    return `It uses the id "${BUILTIN_PACK_ID}" of the built-in pack, whose content comes only with Audit Workbook itself, at any version. Give the pack its own id in the file.`
  const same = installed.filter((p) => p.id === pack.id)
  if (same.some((p) => p.version === pack.version))
    return `“${pack.title}” ${pack.version} is already installed.`
  const newer = same.find((p) => compareVersions(p.version, pack.version) > 0)
  if (newer)
    return `A newer version of “${pack.title}” (${newer.version}) is already installed; this file holds ${pack.version}.`
  for (const other of installed) {
    if (other.id === pack.id) continue
    const clash = pack.sections.find((s) => other.sections.some((o) => o.id === s.id))
    if (clash)
      return `Its section “${clash.title}” has the id "${clash.id}", which the installed pack “${other.title}” (${other.id}) already uses. Section ids must be unique across packs: give the section another id in the file.`
  }
  return undefined
}

/** The newest installed version of the pack `id`, if any is installed. */
export function newestVersionOf(
  packs: readonly ContentPack[],
  id: string,
): ContentPack | undefined {
  return newestVersions(packs.filter((pack) => pack.id === id))[0]
}

/** The packs new audits choose from: the newest installed version of each pack. */
export function newestVersions(packs: readonly ContentPack[]): ContentPack[] {
  const newest = new Map<string, ContentPack>()
  for (const pack of packs) {
    const kept = newest.get(pack.id)
    if (!kept || compareVersions(pack.version, kept.version) > 0) newest.set(pack.id, pack)
  }
  return [...newest.values()]
}
