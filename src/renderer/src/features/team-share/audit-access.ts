import type { Audit } from '@core/audit'
import type { TeamRole } from './share-people'

/** What a reviewer is told on every screen that would otherwise let them change the audit. */
export const REVIEWER_NOTE = 'You review this audit: you can comment, not change answers.'

export interface AuditAccess {
  /** Nothing on the screen changes the audit. */
  readOnly: boolean
  /** Read-only because the signed-in user reviews it (the screens say so, not "final"). */
  reviewing: boolean
}

/**
 * Whether the screens let the user change the audit: not when it is final (reopened first),
 * and never for its reviewers, whose changes the server refuses anyway (issue 18).
 */
export function auditAccess(audit: Pick<Audit, 'status'>, role: TeamRole | undefined): AuditAccess {
  const reviewing = role === 'reviewer'
  return { readOnly: reviewing || audit.status === 'final', reviewing }
}
