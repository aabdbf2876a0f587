import type { WorkbookDatabase } from '../database'
import { saveAnswer, type AnswerKey } from './answers'
import { systemClock, type Clock } from './clock'

/**
 * Ticks off a request once the client's file is in: read and written in one transaction, so a
 * request added meanwhile (the capture can take a while) is not lost.
 */
export async function markEvidenceRequestReceived(
  db: WorkbookDatabase,
  key: AnswerKey,
  requestId: string,
  clock: Clock = systemClock,
): Promise<void> {
  await db.transaction('rw', db.audits, db.answers, async () => {
    const answer = await db.answers.get([key.auditId, key.sectionId, key.questionId])
    if (!answer?.evidenceRequests.some((r) => r.id === requestId && !r.receivedAt)) return
    const evidenceRequests = answer.evidenceRequests.map((r) =>
      r.id === requestId ? { ...r, receivedAt: clock.now() } : r,
    )
    await saveAnswer(db, key, { evidenceRequests }, clock)
  })
}
