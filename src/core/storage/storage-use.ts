/**
 * How full the app's storage is, and what fills it (issue 17): pure arithmetic over what the
 * browser's `navigator.storage.estimate()` says and the evidence sizes kept per audit.
 */

/** From this share of the quota on, the app warns on every screen. */
export const STORAGE_WARNING_SHARE = 0.8

/** The share of the quota used, 0 to 1; undefined when the browser gives no usable quota. */
export function storageShare(
  usage: number | undefined,
  quota: number | undefined,
): number | undefined {
  if (usage === undefined || quota === undefined) return undefined
  if (!Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0 || usage < 0)
    return undefined
  return Math.min(usage / quota, 1)
}

/** Whether the storage is full enough to warn: 80 % of the quota or more. */
export function needsStorageWarning(usage: number | undefined, quota: number | undefined): boolean {
  const share = storageShare(usage, quota)
  return share !== undefined && share >= STORAGE_WARNING_SHARE
}

/**
 * A share as a whole percent for people. Rounded down, so 79.6 % never reads as the 80 % that
 * warns, and anything used at all reads as at least 1 %.
 */
export function wholePercent(share: number): number {
  if (share <= 0) return 0
  return Math.max(1, Math.floor(share * 100))
}

/** The bytes still free under the quota (never negative). */
export function bytesFree(usage: number, quota: number): number {
  return Math.max(quota - usage, 0)
}

/** Evidence bytes added up per audit, from each item's audit and size. */
export function sumBytesByAudit(
  items: Iterable<{ auditId: string; size: number }>,
): Map<string, number> {
  const totals = new Map<string, number>()
  for (const { auditId, size } of items) {
    if (!Number.isFinite(size) || size <= 0) continue
    totals.set(auditId, (totals.get(auditId) ?? 0) + size)
  }
  return totals
}

export interface AuditSpace {
  auditId: string
  client: string
  system: string
  bytes: number
  /** This audit's share of all the evidence bytes, 0 to 1. */
  share: number
}

/**
 * The audits taking the most space, largest first (ties by client name), with their share of
 * all evidence bytes; audits with no evidence are left out, and at most `limit` are given.
 */
export function auditsBySpace(
  audits: readonly { id: string; client: string; system: string }[],
  bytesByAudit: ReadonlyMap<string, number>,
  limit = 5,
): AuditSpace[] {
  const sized = audits
    .map((audit) => ({ audit, bytes: bytesByAudit.get(audit.id) ?? 0 }))
    .filter(({ bytes }) => bytes > 0)
  const total = sized.reduce((sum, { bytes }) => sum + bytes, 0)
  return sized
    .sort((a, b) => b.bytes - a.bytes || a.audit.client.localeCompare(b.audit.client))
    .slice(0, Math.max(limit, 0))
    .map(({ audit, bytes }) => ({
      auditId: audit.id,
      client: audit.client,
      system: audit.system,
      bytes,
      share: bytes / total,
    }))
}
