import type { QuestionKey } from '../content/lookup'

/**
 * Findings (PRODUCT.md §7): every question rated Not met or Partially met yields one. What is
 * derived (that it exists, its default title, gap, recommendation and severity) comes from the
 * content and the answer; what the consultant edits is stored apart, keyed by question, so an edit
 * survives the rating changing and changing back.
 */

export const FINDING_STATUSES = ['open', 'in-progress', 'done', 'accepted-risk'] as const
export type FindingStatus = (typeof FINDING_STATUSES)[number]

/** Most severe first: the order of a severity sort. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
export type Severity = (typeof SEVERITIES)[number]

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
}

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'accepted-risk': 'Accepted risk',
}

/** The consultant's edits to one finding; a field left undefined uses the derived value. */
export interface FindingEdit {
  auditId: string
  sectionId: string
  questionId: string
  title?: string
  gap?: string
  recommendation?: string
  severity?: Severity
  owner: string
  /** ISO calendar date `YYYY-MM-DD`, or empty. */
  dueDate: string
  status: FindingStatus
  updatedAt: number
}

/** The fields a consultant may override; each has a derived value to fall back on. */
export const OVERRIDABLE_FIELDS = ['title', 'gap', 'recommendation', 'severity'] as const
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number]

export function emptyFindingEdit(
  auditId: string,
  sectionId: string,
  questionId: string,
  now: number,
): FindingEdit {
  return { auditId, sectionId, questionId, owner: '', dueDate: '', status: 'open', updatedAt: now }
}

/** What the content and the answer say, before any edit. */
export interface DerivedFinding {
  title: string
  gap: string
  recommendation: string
  severity: Severity
}

/** A finding as the screen, the CSV and the report show it: derived values with edits applied. */
export interface Finding extends DerivedFinding {
  /** "F35-03": the section's number and the question's place in it; stable for the audit. */
  id: string
  key: QuestionKey
  auditId: string
  sectionId: string
  sectionNumber: number
  sectionTitle: string
  checkId: string
  checkTitle: string
  questionId: string
  prompt: string
  outcomeId: string
  outcomeName: string
  /** The outcome's rung on its ladder, from 1. */
  outcomeLevel: number
  weight: number
  rating: 'not-met' | 'partial'
  /** Notes of the answer, as typed. */
  notes: string
  /** The notes are for the firm only (`findingsForEdition` leaves them out of the client's). */
  notesInternal: boolean
  /** Position in the audit's interview order, from 0. */
  order: number
  owner: string
  dueDate: string
  status: FindingStatus
  derived: DerivedFinding
  /** Which fields hold the consultant's value rather than the derived one. */
  overridden: Record<OverridableField, boolean>
  /** When the consultant last edited it; undefined when never. */
  editedAt: number | undefined
}
