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

/** "1.2 MB", "300 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  const mb = bytes / (1024 * 1024)
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`
}
