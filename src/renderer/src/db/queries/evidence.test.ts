import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import type { WorkbookDatabase } from '../database'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { createAudit } from '../repositories/audits'
import { deleteEvidence } from '../repositories/evidence-edits'
import { liveEvidenceOfQuestion } from './evidence'

describe('liveEvidenceOfQuestion', () => {
  let db: WorkbookDatabase
  const clock = fakeClock()
  const paged = 'incident-response/who-gets-paged'
  const other = 'incident-response/runbooks'

  beforeEach(async () => {
    db = await freshDatabase()
  })

  const file = (auditId: string, fileName: string, questionKeys: string[]) =>
    captureEvidence(db, {
      auditId,
      questionKeys,
      kind: 'file',
      fileName,
      mediaType: 'text/plain',
      bytes: new Blob([fileName]),
    })

  it('finds the items of this audit that support the question, not another audit’s with the same key', async () => {
    const a = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const b = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    await file(a.id, 'rota.txt', [paged])
    await file(a.id, 'both.txt', [other, paged])
    await file(a.id, 'runbook.txt', [other])
    await file(b.id, 'their-rota.txt', [paged])

    const names = (await liveEvidenceOfQuestion(db, a.id, paged)).map((item) => item.fileName)
    expect(names.sort()).toEqual(['both.txt', 'rota.txt'])
  })

  it('leaves out an item deleted (still within its undo window)', async () => {
    const a = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
    const kept = await file(a.id, 'kept.txt', [paged])
    const gone = await file(a.id, 'gone.txt', [paged])
    await deleteEvidence(db, gone.id, clock)

    expect((await liveEvidenceOfQuestion(db, a.id, paged)).map((item) => item.id)).toEqual([
      kept.id,
    ])
  })
})
