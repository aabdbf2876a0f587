import {
  findingWarnings,
  SEVERITIES,
  type Finding,
  type FindingStatus,
  type Severity,
} from '@core/findings'

/** How the findings screen sorts and filters: plain data and pure functions, tested alone. */

export const FINDING_SORTS = ['severity', 'section', 'due-date', 'status'] as const
export type FindingSort = (typeof FINDING_SORTS)[number]

export const FINDING_SORT_LABELS: Record<FindingSort, string> = {
  severity: 'Severity, most severe first',
  section: 'Section order',
  'due-date': 'Due date, soonest first',
  status: 'Status, open first',
}

export interface FindingFilters {
  status: FindingStatus | 'all'
  severity: Severity | 'all'
  sectionId: string | 'all'
  /** Only findings with no owner or no due date (see `findingWarnings`). */
  missingOwnerOrDate: boolean
}

export const NO_FILTERS: FindingFilters = {
  status: 'all',
  severity: 'all',
  sectionId: 'all',
  missingOwnerOrDate: false,
}

export function isFiltered(filters: FindingFilters): boolean {
  return (
    filters.status !== 'all' ||
    filters.severity !== 'all' ||
    filters.sectionId !== 'all' ||
    filters.missingOwnerOrDate
  )
}

/** Open work first, closed last. */
const STATUS_ORDER: Record<FindingStatus, number> = {
  open: 0,
  'in-progress': 1,
  'accepted-risk': 2,
  done: 3,
}

type Comparator = (a: Finding, b: Finding) => number

const bySection: Comparator = (a, b) => a.order - b.order
const bySeverity: Comparator = (a, b) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || bySection(a, b)

const COMPARATORS: Record<FindingSort, Comparator> = {
  severity: bySeverity,
  section: bySection,
  // No due date sorts last: it is the one to chase, but not "soonest".
  'due-date': (a, b) =>
    (a.dueDate === '' ? 1 : 0) - (b.dueDate === '' ? 1 : 0) ||
    a.dueDate.localeCompare(b.dueDate) ||
    bySeverity(a, b),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || bySeverity(a, b),
}

export function listFindings(
  findings: readonly Finding[],
  sort: FindingSort,
  filters: FindingFilters,
): Finding[] {
  return findings
    .filter(
      (f) =>
        (filters.status === 'all' || f.status === filters.status) &&
        (filters.severity === 'all' || f.severity === filters.severity) &&
        (filters.sectionId === 'all' || f.sectionId === filters.sectionId) &&
        (!filters.missingOwnerOrDate || findingWarnings(f).length > 0),
    )
    .sort(COMPARATORS[sort])
}
