/**
 * Findings (PRODUCT.md §7): every question rated Not met or Partially met yields one. What is
 * derived (that it exists, its default title, gap, recommendation and severity) comes from the
 * content and the answer; what the consultant edits is stored apart, keyed by question, so an edit
 * survives the rating changing and changing back.
 */

export const FINDING_STATUSES = ['open', 'in-progress', 'done', 'accepted-risk'] as const
export type FindingStatus = (typeof FINDING_STATUSES)[number]

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
export type Severity = (typeof SEVERITIES)[number]

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
