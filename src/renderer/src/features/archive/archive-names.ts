import { ARCHIVE_EXTENSION } from '@core/archive/format'

/**
 * Suggested file names; the main process makes them safe for the disk (no slashes, no reserved
 * names), so they can read naturally here.
 */
export function auditArchiveName(audit: { client: string; system: string }): string {
  const parts = [audit.client.trim(), audit.system.trim()].filter((p) => p !== '')
  return `${parts.join(' – ') || 'Audit'}.${ARCHIVE_EXTENSION}`
}

/** `Audit Workbook – all data – 2026-11-28.auditwb` for today's `YYYY-MM-DD`. */
export function everythingArchiveName(today: string): string {
  return `Audit Workbook – all data – ${today}.${ARCHIVE_EXTENSION}`
}
