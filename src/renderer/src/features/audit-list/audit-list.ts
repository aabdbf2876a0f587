import { isLive, type Audit, type AuditStatus } from '@core/audit'

/**
 * What the audits screen shows for one audit: the row and its predecessor. Its progress is
 * counted by the row itself, when shown (`useAnsweredCount`).
 */
export interface AuditSummary {
  audit: Audit
  /** Set when this audit re-assesses one that is still kept (not deleted). */
  predecessor?: { id: string; client: string; startDate: string }
  /** True when it re-assesses an audit that has since been deleted. */
  predecessorGone: boolean
}

/** One summary per audit that is not deleted. */
export function summarizeAudits(audits: readonly Audit[]): AuditSummary[] {
  const kept = new Map(audits.filter(isLive).map((a) => [a.id, a]))
  return [...kept.values()].map((audit) => {
    const previous = audit.predecessorId ? kept.get(audit.predecessorId) : undefined
    return {
      audit,
      predecessor: previous && {
        id: previous.id,
        client: previous.client,
        startDate: previous.startDate,
      },
      predecessorGone: audit.predecessorId !== undefined && previous === undefined,
    }
  })
}

export const AUDIT_SORTS = ['updated', 'client', 'startDate', 'status'] as const
export type AuditSort = (typeof AUDIT_SORTS)[number]

export const SORT_LABELS: Record<AuditSort, string> = {
  updated: 'Last changed',
  client: 'Client A–Z',
  startDate: 'Start date, newest first',
  status: 'Status',
}

export interface AuditListView {
  query: string
  sort: AuditSort
  showArchived: boolean
}

export interface AuditListResult {
  shown: AuditSummary[]
  /** Archived audits that match the search but are hidden because archived ones are. */
  hiddenArchived: number
}

/** Applies the search, the archived toggle and the sort of the audits screen. */
export function listAudits(
  summaries: readonly AuditSummary[],
  view: AuditListView,
): AuditListResult {
  const needle = fold(view.query.trim())
  const matching = summaries.filter((s) => needle === '' || searchText(s.audit).includes(needle))
  const shown = view.showArchived
    ? matching
    : matching.filter((s) => s.audit.archivedAt === undefined)
  return {
    shown: [...shown].sort(COMPARATORS[view.sort]),
    hiddenArchived: matching.length - shown.length,
  }
}

function searchText(audit: Audit): string {
  return fold([audit.client, audit.system, audit.firm, ...audit.auditors].join('\n'))
}

/** Lower case without accents, so "zoe" finds "Zoë" and "NORTHWIND" finds "Northwind". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
const STATUS_ORDER: Record<AuditStatus, number> = { draft: 0, 'in-progress': 1, final: 2 }

type Comparator = (a: AuditSummary, b: AuditSummary) => number

const byUpdated: Comparator = (a, b) => b.audit.updatedAt - a.audit.updatedAt
const byStartDate: Comparator = (a, b) =>
  b.audit.startDate.localeCompare(a.audit.startDate) || byUpdated(a, b)

const COMPARATORS: Record<AuditSort, Comparator> = {
  updated: byUpdated,
  client: (a, b) =>
    collator.compare(a.audit.client, b.audit.client) ||
    collator.compare(a.audit.system, b.audit.system) ||
    byStartDate(a, b),
  startDate: byStartDate,
  status: (a, b) => STATUS_ORDER[a.audit.status] - STATUS_ORDER[b.audit.status] || byUpdated(a, b),
}
