import type { AuditStatus } from '@core/audit'

export const STATUS_LABELS: Record<AuditStatus, string> = {
  draft: 'Draft',
  'in-progress': 'In progress',
  final: 'Final',
}
