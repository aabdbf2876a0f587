import type { ReportEdition } from '../audit/edition'
import type { Audit } from '../audit/model'
import { toCsv } from './csv'
import { findingsForEdition } from './for-edition'
import { FINDING_STATUS_LABELS, SEVERITY_LABELS, type Finding } from './model'

/**
 * The action plan for the client's tracker (PRODUCT.md §9): one row per finding, in the order
 * given, with the values as edited. Dates stay ISO (`2026-12-31`), which every spreadsheet reads.
 */
export const ACTION_PLAN_COLUMNS = [
  'ID',
  'Section',
  'Check',
  'Question',
  'Finding',
  'Gap observed',
  'Recommendation',
  'Severity',
  'Owner',
  'Due date',
  'Status',
] as const

export function actionPlanRow(finding: Finding): string[] {
  return [
    finding.id,
    `${finding.sectionNumber} · ${finding.sectionTitle}`,
    finding.checkTitle,
    finding.prompt,
    finding.title,
    finding.gap,
    finding.recommendation,
    SEVERITY_LABELS[finding.severity],
    finding.owner,
    finding.dueDate,
    FINDING_STATUS_LABELS[finding.status],
  ]
}

/** The CSV of an edition: the client's carries no internal note (see `findingsForEdition`). */
export function toActionPlanCsv(findings: readonly Finding[], edition: ReportEdition): string {
  return toCsv(ACTION_PLAN_COLUMNS, findingsForEdition(findings, edition).map(actionPlanRow))
}

// Path separators, characters Windows forbids, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[/\\:*?"<>|\u0000-\u001f\u007f]/g

/**
 * A file name for a document about the audit, e.g. "Northwind Traders – action plan.csv": the
 * client's name without characters a file system refuses. (The desktop app sanitises the name
 * again, fully, before its save dialog.)
 */
export function auditFileName(
  audit: Pick<Audit, 'client'>,
  what: string,
  extension: string,
): string {
  const client = audit.client
    .replace(UNSAFE_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 120)
    .replace(/^[.\s]+|[.\s]+$/g, '')
  return `${client || 'Audit'} – ${what}.${extension}`
}

export function actionPlanFileName(audit: Pick<Audit, 'client'>): string {
  return auditFileName(audit, 'action plan', 'csv')
}
