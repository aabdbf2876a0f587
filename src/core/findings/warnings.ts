import type { Finding } from './model'

/**
 * "Action items without an owner and a date are worthless" (the seed's lesson, PRODUCT.md §7).
 * A finding that is not done yet warns when it has no owner or no due date; a done one is closed
 * and needs neither any more. Accepted risks still warn: someone owns the risk and reviews it.
 */

export type FindingWarning = 'no-owner' | 'no-due-date'

export const FINDING_WARNING_LABELS: Record<FindingWarning, string> = {
  'no-owner': 'No owner',
  'no-due-date': 'No due date',
}

export function findingWarnings(
  finding: Pick<Finding, 'owner' | 'dueDate' | 'status'>,
): FindingWarning[] {
  if (finding.status === 'done') return []
  const warnings: FindingWarning[] = []
  if (finding.owner.trim() === '') warnings.push('no-owner')
  if (finding.dueDate.trim() === '') warnings.push('no-due-date')
  return warnings
}
