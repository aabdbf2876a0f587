import type { InterviewStep } from '@core/audit'
import { questionKey } from '@core/content'
import {
  evidenceCategory,
  supersededIds,
  type EvidenceCategory,
  type EvidenceItem,
} from '@core/evidence'

/** The locker's filters; an empty string means "any". */
export interface LockerFilter {
  sectionId: string
  checkId: string
  /** A question key, or `UNLINKED` for items that support no question. */
  questionKey: string
  category: EvidenceCategory | ''
  /** `edited`: redacted or annotated versions; `originals`: items that have such a version. */
  version: EvidenceVersionFilter | ''
}

export const VERSION_FILTERS = {
  edited: 'Edited versions',
  originals: 'Originals of edited versions',
} as const
export type EvidenceVersionFilter = keyof typeof VERSION_FILTERS

export const UNLINKED = '(unlinked)'

export const NO_FILTER: LockerFilter = {
  sectionId: '',
  checkId: '',
  questionKey: '',
  category: '',
  version: '',
}

export function isFiltered(filter: LockerFilter): boolean {
  return Object.values(filter).some((value) => value !== '')
}

/** The audit's questions by key, with their place in the interview. */
export function stepsByKey(order: readonly InterviewStep[]): Map<string, InterviewStep> {
  return new Map(order.map((step) => [questionKey(step.sectionId, step.question.id), step]))
}

/** Items passing every filter; an item passes a place filter if any question it supports does. */
export function filterEvidence(
  items: readonly EvidenceItem[],
  filter: LockerFilter,
  steps: ReadonlyMap<string, InterviewStep>,
): EvidenceItem[] {
  const superseded = filter.version === 'originals' ? supersededIds(items) : undefined
  return items.filter((item) => {
    if (filter.category && evidenceCategory(item) !== filter.category) return false
    if (filter.version === 'edited' && !item.derivation) return false
    if (superseded && !superseded.has(item.id)) return false
    if (filter.questionKey === UNLINKED) return !item.questionKeys.some((key) => steps.has(key))
    if (!filter.sectionId && !filter.checkId && !filter.questionKey) return true
    return item.questionKeys.some((key) => {
      const step = steps.get(key)
      if (!step) return false
      if (filter.sectionId && step.sectionId !== filter.sectionId) return false
      if (filter.checkId && step.check.id !== filter.checkId) return false
      return !filter.questionKey || key === filter.questionKey
    })
  })
}

/**
 * A change to one filter, keeping the narrower ones only where they still fit: choosing another
 * section clears a check and question of a different section.
 */
export function changeFilter(
  filter: LockerFilter,
  change: Partial<LockerFilter>,
  steps: ReadonlyMap<string, InterviewStep>,
): LockerFilter {
  const next = { ...filter, ...change }
  const fits = (step: InterviewStep | undefined) =>
    step !== undefined &&
    (!next.sectionId || step.sectionId === next.sectionId) &&
    (!next.checkId || step.check.id === next.checkId)
  if (next.checkId) {
    const inSection = [...steps.values()].some(
      (s) => s.check.id === next.checkId && (!next.sectionId || s.sectionId === next.sectionId),
    )
    if (!inSection) next.checkId = ''
  }
  if (next.questionKey && next.questionKey !== UNLINKED && !fits(steps.get(next.questionKey))) {
    next.questionKey = ''
  }
  return next
}

/** "Q3 · If Slack is down, how does your team reach each other?" */
export function questionLabel(step: InterviewStep): string {
  return `Q${step.index + 1} · ${step.question.prompt}`
}
