import {
  capturedOriginalOf,
  isRedaction,
  supersededIds,
  type EvidenceDerivation,
} from '../../evidence/derivation'
import type { EvidenceItem } from '../../evidence/model'
import type { ReportEvidence } from './input'

/**
 * The evidence a report shows (issue 16): an item a live item was derived from is left out and
 * its derived versions stand in its place, so a redaction is never undone by the original printed
 * beside it. Runs before the edition's filter: a derived version marked internal must not bring
 * its original back into the client's edition. Each derived item is told the hash of the
 * original it comes from (the captured one, or the last recorded hash when the chain is broken)
 * and whether anything on the way there was a redaction.
 */
export function currentReportEvidence(evidence: readonly ReportEvidence[]): ReportEvidence[] {
  const superseded = supersededIds(evidence.map((e) => e.item))
  const byId = new Map(evidence.map((e) => [e.item.id, e.item]))
  return evidence
    .filter(({ item }) => item.deletedAt === undefined && !superseded.has(item.id))
    .map((e) =>
      e.item.derivation && !e.original ? { ...e, original: originalOf(e.item, byId) } : e,
    )
}

function originalOf(
  item: EvidenceItem,
  byId: ReadonlyMap<string, EvidenceItem>,
): NonNullable<ReportEvidence['original']> {
  const root = capturedOriginalOf(item, byId)
  return {
    sha256: root.derivation ? root.derivation.fromSha256 : root.sha256,
    redacted: derivationsUpTo(item, root, byId).some((d) => d.edits.some(isRedaction)),
  }
}

/** The derivations from `item` back to `root` (which `capturedOriginalOf` reached), in order. */
function derivationsUpTo(
  item: EvidenceItem,
  root: EvidenceItem,
  byId: ReadonlyMap<string, EvidenceItem>,
): EvidenceDerivation[] {
  const derivations: EvidenceDerivation[] = []
  let current: EvidenceItem | undefined = item
  while (current?.derivation) {
    derivations.push(current.derivation)
    if (current === root) break
    current = byId.get(current.derivation.fromId)
  }
  return derivations
}
