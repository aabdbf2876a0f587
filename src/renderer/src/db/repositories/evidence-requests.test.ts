import { describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { saveAnswer } from './answers'
import { createAudit } from './audits'
import { markEvidenceRequestReceived } from './evidence-requests'

describe('evidence requests', () => {
  it('ticks off the one request whose file came in, keeping the others', async () => {
    const db = await freshDatabase()
    const clock = fakeClock()
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const key = { auditId: audit.id, sectionId: 'incident-response', questionId: 'q' }
    await saveAnswer(
      db,
      key,
      {
        evidenceRequests: [
          { id: 'r1', text: 'Rota export' },
          { id: 'r2', text: 'Paging policy' },
        ],
      },
      clock,
    )
    clock.advance(1000)
    await markEvidenceRequestReceived(db, key, 'r2', clock)
    const answer = await db.answers.get([audit.id, 'incident-response', 'q'])
    expect(answer?.evidenceRequests).toEqual([
      { id: 'r1', text: 'Rota export' },
      { id: 'r2', text: 'Paging policy', receivedAt: clock.now() },
    ])
  })
})
