import type { NarrativePart, NarrativePartKey, RichText } from '@core/narrative'
import type { WorkbookDatabase } from '../database'
import { requireEditable } from './audits'
import { systemClock, type Clock } from './clock'

/**
 * The consultant's writing for the report (issue 15): one row per audit and part, written whole as
 * it is typed (through the draft journal, like notes). A final or deleted audit refuses changes.
 */

export async function saveNarrativePart(
  db: WorkbookDatabase,
  auditId: string,
  part: NarrativePartKey,
  doc: RichText,
  clock: Clock = systemClock,
): Promise<NarrativePart> {
  return db.transaction('rw', db.audits, db.narratives, async () => {
    await requireEditable(db, auditId)
    const row: NarrativePart = { auditId, part, doc, updatedAt: clock.now() }
    await db.narratives.put(row)
    return row
  })
}

/** Forgets a part: the report then writes it as if never written (the summary as the draft). */
export async function removeNarrativePart(
  db: WorkbookDatabase,
  auditId: string,
  part: NarrativePartKey,
): Promise<void> {
  await db.transaction('rw', db.audits, db.narratives, async () => {
    await requireEditable(db, auditId)
    await db.narratives.delete([auditId, part])
  })
}
