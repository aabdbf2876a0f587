import type { AuditStatus, Rating } from './model'

/** The words the app and the report use for a status and a rating. */
export const STATUS_LABELS: Record<AuditStatus, string> = {
  draft: 'Draft',
  'in-progress': 'In progress',
  final: 'Final',
}

export const RATING_LABELS: Record<Rating, string> = {
  met: 'Met',
  partial: 'Partially met',
  'not-met': 'Not met',
  na: 'Not applicable',
}
