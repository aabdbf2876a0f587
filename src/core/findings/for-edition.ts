import { showsNotes, type ReportEdition } from '../audit/edition'
import { gapWithoutNotes } from './derive'
import type { Finding } from './model'

/**
 * The findings as an edition may show them. A finding stays whatever its notes (the rating is
 * the client's to know), but in the client edition internal notes go, and with them a gap that
 * was derived from them: it becomes the rating alone. A gap the consultant wrote stands, since
 * writing it is choosing what the client reads.
 */
export function findingsForEdition(
  findings: readonly Finding[],
  edition: ReportEdition,
): Finding[] {
  return findings.map((finding) => (showsNotes(finding, edition) ? finding : withoutNotes(finding)))
}

function withoutNotes(finding: Finding): Finding {
  const gap = gapWithoutNotes(finding)
  return {
    ...finding,
    notes: '',
    gap: finding.overridden.gap ? finding.gap : gap,
    derived: { ...finding.derived, gap },
  }
}
