import { strToU8 } from 'fflate'
import { linkAddressProblem } from '../evidence/links'
import type { EvidenceItem } from '../evidence/model'
import { ArchiveError, NOTHING_IMPORTED, quoteName } from './errors'
import { evidenceEntryName } from './format'
import type { EvidenceFileMeta } from './schemas'
import type { ArchiveData } from './types'

/**
 * Every evidence item is bound to the bytes it was captured with (PRODUCT.md §5): the manifest
 * proves an entry is what the archive's writer put there, but only the item's own SHA-256, taken
 * at capture, proves it is what the consultant was shown. So each item must come with its
 * original, whose size and SHA-256 are the item's, whose media type is the item's, and with every
 * rendition it lists (and no other); a link's bytes are its address, and that address obeys the
 * capture rule. The hashes compared are the manifest's, already checked against the bytes.
 */

export interface VerifiedEntry {
  size: number
  sha256: string
}

function unbound(item: EvidenceItem, detail: string): ArchiveError {
  return new ArchiveError(
    'evidence-mismatch',
    `The archive has been changed: the evidence ${quoteName(item.fileName)} (${item.id}) ${detail}. ${NOTHING_IMPORTED}`,
  )
}

/** The files of each item, by role; built once (files arrive in any order). */
function filesByItem(
  files: readonly EvidenceFileMeta[],
): Map<string, Map<string, EvidenceFileMeta>> {
  const byItem = new Map<string, Map<string, EvidenceFileMeta>>()
  for (const file of files) {
    let roles = byItem.get(file.evidenceId)
    if (!roles) byItem.set(file.evidenceId, (roles = new Map()))
    roles.set(file.role, file)
  }
  return byItem
}

export function checkEvidenceBinding(
  data: ArchiveData,
  verified: ReadonlyMap<string, VerifiedEntry>,
  bytes: ReadonlyMap<string, Uint8Array>,
): void {
  const byItem = filesByItem(data.evidenceFiles)
  for (const item of data.evidence) {
    const roles = byItem.get(item.id)
    const original = roles?.get('original')
    const entry = verified.get(evidenceEntryName(item.id, 'original'))
    if (!original || !entry) throw unbound(item, 'comes without its file')
    if (entry.size !== item.size)
      throw unbound(item, `holds ${entry.size} bytes, not the ${item.size} it was captured with`)
    if (entry.sha256 !== item.sha256)
      throw unbound(item, 'holds a file whose SHA-256 is not the one recorded when it was captured')
    if (original.mediaType !== item.mediaType)
      throw unbound(
        item,
        `holds a file of type ${quoteName(original.mediaType)}, not the ${quoteName(item.mediaType)} it was captured as`,
      )
    for (const role of item.renditions)
      if (!roles!.has(role)) throw unbound(item, `lacks its ${role} image`)
    for (const role of roles!.keys())
      if (role !== 'original' && !(item.renditions as string[]).includes(role))
        throw unbound(item, `holds a ${role} image it does not list`)
    checkLink(item, bytes.get(evidenceEntryName(item.id, 'original')))
  }
}

/**
 * Each derived item (issue 16) names the SHA-256 of the item it was made from: when that item is
 * in the archive, it must still have that hash, so that an archive cannot pair a redacted version
 * with an original other than the one it was made from. A derived item whose source is not in
 * the archive is kept with its link (the report falls back to the recorded hash). A chain that
 * leads back to itself is refused: neither item could ever be shown.
 */
export function checkDerivations(data: ArchiveData): void {
  const byId = new Map(data.evidence.map((item) => [item.id, item]))
  const endsWell = new Set<string>()
  for (const item of data.evidence) {
    const { derivation } = item
    if (!derivation) continue
    const source = byId.get(derivation.fromId)
    if (source && source.sha256 !== derivation.fromSha256)
      throw unbound(
        item,
        `was made from ${quoteName(source.fileName)} (${source.id}) when it had SHA-256 ${derivation.fromSha256}, but the archive gives that item ${source.sha256}`,
      )
    const chain = new Set<string>()
    for (let at: EvidenceItem | undefined = item; at?.derivation && !endsWell.has(at.id);) {
      if (chain.has(at.id)) throw unbound(item, 'is recorded as made, in the end, from itself')
      chain.add(at.id)
      at = byId.get(at.derivation.fromId)
    }
    for (const id of chain) endsWell.add(id)
  }
}

/** A link's address obeys the capture rule, and its bytes are that address. */
function checkLink(item: EvidenceItem, original: Uint8Array | undefined): void {
  if (item.kind !== 'link') {
    if (item.url !== undefined) throw unbound(item, 'has an address, but only a link has one')
    return
  }
  if (item.url === undefined) throw unbound(item, 'is a link without an address')
  if (linkAddressProblem(item.url) !== undefined)
    throw unbound(
      item,
      `is a link to ${quoteName(item.url)}; only web addresses (https:// or http://) are kept`,
    )
  if (original === undefined || !sameBytes(original, strToU8(item.url)))
    throw unbound(item, 'is a link whose file does not hold its address')
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
