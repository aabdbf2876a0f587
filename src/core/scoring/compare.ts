import type { OutcomeScore, AuditScore, SectionScore } from './model'
import { toPercent } from './model'

/**
 * The change since the audit this one re-assesses (PRODUCT.md §8, §9.5). Sections and outcomes
 * are matched by id, so a section missing on one side shows as added or removed. Differences are
 * in whole percentage points between the percentages shown, so the numbers on screen add up.
 */

export interface OutcomeChange {
  outcomeId: string
  name: string
  previous: OutcomeScore | undefined
  current: OutcomeScore | undefined
  /** Percentage points, current − previous; null when either side has no score. */
  scoreDelta: number | null
}

export interface SectionChange {
  sectionId: string
  /** "35 · Incident Response", from the current audit when it has the section. */
  label: string
  previous: SectionScore | undefined
  current: SectionScore | undefined
  /** Levels gained (negative: lost); null when the section is on one side only. */
  levelDelta: number | null
  scoreDelta: number | null
  outcomes: OutcomeChange[]
}

export function percentDelta(previous: number | null, current: number | null): number | null {
  const before = toPercent(previous)
  const after = toPercent(current)
  return before === null || after === null ? null : after - before
}

function compareOutcomes(
  previous: SectionScore | undefined,
  current: SectionScore | undefined,
): OutcomeChange[] {
  const ids = [
    ...(current?.outcomes ?? []).map((o) => o.outcome.id),
    ...(previous?.outcomes ?? []).map((o) => o.outcome.id),
  ]
  return [...new Set(ids)].map((outcomeId) => {
    const before = previous?.outcomes.find((o) => o.outcome.id === outcomeId)
    const after = current?.outcomes.find((o) => o.outcome.id === outcomeId)
    return {
      outcomeId,
      name: (after ?? before)?.outcome.name ?? outcomeId,
      previous: before,
      current: after,
      scoreDelta: percentDelta(before?.score ?? null, after?.score ?? null),
    }
  })
}

/** Current sections in their order, then any the previous audit had and this one does not. */
export function compareScores(previous: AuditScore, current: AuditScore): SectionChange[] {
  const ids = [
    ...current.sections.map((s) => s.sectionId),
    ...previous.sections.map((s) => s.sectionId),
  ]
  return [...new Set(ids)].map((sectionId) => {
    const before = previous.sections.find((s) => s.sectionId === sectionId)
    const after = current.sections.find((s) => s.sectionId === sectionId)
    const section = (after ?? before)!.section
    return {
      sectionId,
      label: `${section.number} · ${section.title}`,
      previous: before,
      current: after,
      levelDelta: before && after ? after.level - before.level : null,
      scoreDelta: percentDelta(before?.score ?? null, after?.score ?? null),
      outcomes: compareOutcomes(before, after),
    }
  })
}
