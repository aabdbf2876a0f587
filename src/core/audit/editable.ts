import type { Audit } from './model'
import { isLive } from './soft-delete'

/**
 * Why the audit cannot be changed, in the user's words, or undefined when it can: it must exist,
 * not be deleted, and not be final (a final audit is reopened before any change).
 */
export function editProblem(audit: Audit | undefined): string | undefined {
  if (!audit || !isLive(audit)) return 'This audit no longer exists.'
  if (audit.status === 'final') return 'This audit is final. Reopen it to make changes.'
  return undefined
}

/**
 * The audit after one of its answers changed at `now`: touched, and a draft moves to
 * "in progress" with its first answer.
 */
export function auditAfterAnswer(audit: Audit, now: number): Audit {
  return {
    ...audit,
    updatedAt: now,
    ...(audit.status === 'draft' ? { status: 'in-progress' as const } : {}),
  }
}
