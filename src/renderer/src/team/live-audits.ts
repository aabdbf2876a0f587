/**
 * How many shared audits replicate live at once. A live replication holds one long-poll request
 * open to the server all the time, and Chromium opens at most six HTTP/1.1 connections to one
 * server (CouchDB speaks HTTP/1.1): past that, every other request to it (sends, evidence files,
 * the directory, the other audits) would queue behind the long polls. Four leaves two free.
 */
export const LIVE_AUDITS = 4

/**
 * The audits to replicate live: the `limit` most recently active (a change saved here, or one
 * arriving from the server), the others synced now and then by one-shot replications. Ties go to
 * the audit named first, so the choice does not flap between equals.
 */
export function chooseLiveAudits(
  audits: readonly string[],
  lastActive: ReadonlyMap<string, number>,
  limit: number,
): Set<string> {
  const ranked = audits
    .map((auditId, order) => ({ auditId, order, at: lastActive.get(auditId) ?? 0 }))
    .sort((a, b) => b.at - a.at || a.order - b.order)
  return new Set(ranked.slice(0, Math.max(0, limit)).map(({ auditId }) => auditId))
}
