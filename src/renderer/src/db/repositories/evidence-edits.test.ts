import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import type { WorkbookDatabase } from '../database'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { UNDO_DELETE_MS } from '@core/audit'
import { createAudit, deleteAudit, purgeDeletedAudits, setAuditStatus } from './audits'
import {
  deleteEvidence,
  linkEvidence,
  purgeDeletedEvidence,
  restoreEvidence,
  setEvidenceInternal,
  unlinkEvidence,
  updateEvidenceCaption,
} from './evidence-edits'
import { verifyEvidence } from '../queries/verify-evidence'

const PAGED = 'incident-response/who-gets-paged'
const ESCALATION = 'incident-response/escalation-path'

describe('evidence edits', () => {
  let db: WorkbookDatabase
  let auditId: string
  const clock = fakeClock()

  const add = (text: string, fileName = `${text}.txt`) =>
    captureEvidence(
      db,
      {
        auditId,
        questionKeys: [PAGED],
        kind: 'file',
        fileName,
        mediaType: 'text/plain',
        bytes: new Blob([text]),
      },
      { clock },
    )

  beforeEach(async () => {
    db = await freshDatabase()
    auditId = (await createAudit(db, draftFor(builtinPack), [builtinPack], clock)).id
  })

  it('links an item to more questions and unlinks it, once per question', async () => {
    const item = await add('rota')
    await linkEvidence(db, item.id, ESCALATION)
    await linkEvidence(db, item.id, ESCALATION)
    expect((await db.evidence.get(item.id))?.questionKeys).toEqual([PAGED, ESCALATION])
    // Found from either question through the multi-entry index.
    expect(await db.evidence.where('questionKeys').equals(ESCALATION).primaryKeys()).toEqual([
      item.id,
    ])
    await unlinkEvidence(db, item.id, PAGED)
    expect((await db.evidence.get(item.id))?.questionKeys).toEqual([ESCALATION])
  })

  it('edits a caption, trimmed, and refuses one too long', async () => {
    const item = await add('rota')
    await updateEvidenceCaption(db, item.id, '  Rota for November ')
    expect((await db.evidence.get(item.id))?.caption).toBe('Rota for November')
    await expect(updateEvidenceCaption(db, item.id, 'x'.repeat(501))).rejects.toThrow(/at most/)
  })

  it('marks an item internal and client-visible again, refusing it on a final audit', async () => {
    const item = await add('rota')
    await setEvidenceInternal(db, item.id, true)
    expect((await db.evidence.get(item.id))?.internal).toBe(true)
    await setEvidenceInternal(db, item.id, false)
    // Client-visible is the field's absence, as on items made before editions.
    expect(await db.evidence.get(item.id)).not.toHaveProperty('internal')
    await setAuditStatus(db, auditId, 'final', clock)
    await expect(setEvidenceInternal(db, item.id, true)).rejects.toThrow(/final/)
    expect(await db.evidence.get(item.id)).not.toHaveProperty('internal')
  })

  it('deletes with undo, and purges with its bytes once the undo window has passed', async () => {
    const kept = await add('kept')
    const item = await add('rota')
    await deleteEvidence(db, item.id, clock)
    expect((await db.evidence.get(item.id))?.deletedAt).toBe(clock.now())
    await expect(linkEvidence(db, item.id, ESCALATION)).rejects.toThrow(/no longer exists/)

    await restoreEvidence(db, item.id)
    expect((await db.evidence.get(item.id))?.deletedAt).toBeUndefined()
    expect(await purgeDeletedEvidence(db, clock)).toBe(0)

    await deleteEvidence(db, item.id, clock)
    clock.advance(UNDO_DELETE_MS - 1)
    expect(await purgeDeletedEvidence(db, clock)).toBe(0)
    clock.advance(2)
    expect(await purgeDeletedEvidence(db, clock)).toBe(1)
    expect(await db.evidence.toCollection().primaryKeys()).toEqual([kept.id])
    expect(await db.evidenceBlobs.count()).toBe(1)
    await expect(restoreEvidence(db, item.id)).rejects.toThrow(/removed for good/)
  })

  it('purges the evidence of an audit that was purged', async () => {
    await add('rota')
    await deleteAudit(db, auditId, clock)
    clock.advance(UNDO_DELETE_MS + 1)
    expect(await purgeDeletedAudits(db, clock)).toBe(1)
    expect(await purgeDeletedEvidence(db, clock)).toBe(1)
    expect(await db.evidence.count()).toBe(0)
    expect(await db.evidenceBlobs.count()).toBe(0)
  })
})

describe('evidence verification', () => {
  it('reports items whose bytes are missing or changed, and passes intact ones', async () => {
    const db = await freshDatabase()
    const clock = fakeClock()
    const auditId = (await createAudit(db, draftFor(builtinPack), [builtinPack], clock)).id
    const add = (text: string) =>
      captureEvidence(
        db,
        {
          auditId,
          questionKeys: [PAGED],
          kind: 'snippet',
          fileName: text,
          mediaType: 'text/plain',
          bytes: new Blob([text]),
        },
        { clock },
      )
    const intact = await add('intact')
    const changed = await add('changed')
    const missing = await add('missing')
    const deleted = await add('deleted')

    const progress: string[] = []
    const clean = await verifyEvidence(db, auditId, (done, total) =>
      progress.push(`${done}/${total}`),
    )
    expect(clean).toEqual({ checked: 4, problems: [] })
    expect(progress).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4'])

    // Corrupt the stored bytes directly, as a damaged disk or a tampering hand would.
    const stored = await db.evidenceBlobs.get([changed.id, 'original'])
    await db.evidenceBlobs.put({ ...stored!, blob: new Blob(['chanGed']) })
    await db.evidenceBlobs.delete([missing.id, 'original'])
    await deleteEvidence(db, deleted.id, clock)
    await db.evidenceBlobs.delete([deleted.id, 'original'])

    const report = await verifyEvidence(db, auditId)
    expect(report.checked).toBe(3)
    expect(report.problems.map((p) => [p.item.id, p.problem])).toEqual([
      [changed.id, 'changed'],
      [missing.id, 'missing'],
    ])
    expect(report.problems[0]?.actualSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(report.problems[0]?.actualSha256).not.toBe(changed.sha256)
    expect(intact.sha256).not.toBe(changed.sha256)
  })
})
