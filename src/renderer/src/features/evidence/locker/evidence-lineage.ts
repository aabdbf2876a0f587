import { isRedaction, type EvidenceItem } from '@core/evidence'
import { plural } from '@core/text/plural'

/**
 * How an item of the locker stands to the others (issue 16): what a derived item was made from,
 * and which versions were made from an original. Live items only: a deleted source is "not in
 * this workbook", as one left out of an archive is.
 */
export interface Lineage {
  /** For a derived item, its source when it is here. */
  source?: EvidenceItem
  /** The live items made from this one, oldest first. */
  versions: EvidenceItem[]
}

const NO_LINEAGE: Lineage = { versions: [] }

export function evidenceLineage(items: readonly EvidenceItem[]): ReadonlyMap<string, Lineage> {
  const byId = new Map(items.map((item) => [item.id, item]))
  const lineage = new Map<string, Lineage>()
  const entry = (id: string) => {
    let found = lineage.get(id)
    if (!found) lineage.set(id, (found = { versions: [] }))
    return found
  }
  for (const item of [...items].sort((a, b) => a.capturedAt - b.capturedAt)) {
    if (!item.derivation) continue
    const source = byId.get(item.derivation.fromId)
    if (source) {
      entry(item.id).source = source
      entry(source.id).versions.push(item)
    }
  }
  return lineage
}

export function lineageOf(lineage: ReadonlyMap<string, Lineage>, id: string): Lineage {
  return lineage.get(id) ?? NO_LINEAGE
}

/** "Redacted version" when any of its edits destroyed information, else "Edited version". */
export function versionName(item: EvidenceItem): string {
  return item.derivation?.edits.some(isRedaction) ? 'Redacted version' : 'Edited version'
}

/**
 * The word an evidence tile shows for an item's place in a pair: "Redacted" or "Edited" on a
 * version, "Original" on an item a report replaces by its versions; nothing on a lone item.
 */
export function versionTag(
  item: EvidenceItem,
  superseded: ReadonlySet<string>,
): 'Redacted' | 'Edited' | 'Original' | undefined {
  if (item.derivation) return item.derivation.edits.some(isRedaction) ? 'Redacted' : 'Edited'
  return superseded.has(item.id) ? 'Original' : undefined
}

/** What deleting an item does to its pair, said in the toast that offers the undo. */
export function deletionMessage(item: EvidenceItem, lineage: ReadonlyMap<string, Lineage>): string {
  const deleted = `Deleted “${item.fileName}”.`
  const { versions, source } = lineageOf(lineage, item.id)
  if (versions.length === 1)
    return `${deleted} Its ${versionName(versions[0]!).toLowerCase()} “${versions[0]!.fileName}” stays, and the report keeps showing it.`
  if (versions.length > 1)
    return `${deleted} Its ${plural(versions.length, 'edited version')} stay, and the report keeps showing them.`
  if (!source) return deleted
  const others = lineageOf(lineage, source.id).versions.filter((v) => v.id !== item.id)
  return others.length > 0
    ? `${deleted} The report keeps showing the other ${others.length === 1 ? 'version' : 'versions'} of “${source.fileName}”.`
    : `${deleted} The report shows “${source.fileName}” again in its place.`
}
