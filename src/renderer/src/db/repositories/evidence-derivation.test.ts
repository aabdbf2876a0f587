import { createHash } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { currentVersions, type EvidenceEdit, type EvidenceItem } from '@core/evidence'
import type { WorkbookDatabase } from '../database'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { createAudit } from './audits'
import { deriveEvidence } from './evidence-derivation'
import { deleteEvidence } from './evidence-edits'
import { profileSetting } from '../settings/known-settings'
import { saveSetting } from './settings'
import { verifyEvidence } from '../queries/verify-evidence'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const original = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])
const redacted = new Uint8Array([0, 0, 0, 0, 5, 6, 7, 8])
const box: EvidenceEdit = {
  op: 'redact',
  rect: { x: 0, y: 0, width: 2, height: 2 },
  color: '#000000',
}

describe('derived evidence', () => {
  let db: WorkbookDatabase
  let source: EvidenceItem
  const clock = fakeClock()

  beforeEach(async () => {
    db = await freshDatabase()
    await saveSetting(db, profileSetting, { auditorName: 'Ana Ruiz', firm: '' })
    const auditId = (await createAudit(db, draftFor(builtinPack), [builtinPack], clock)).id
    source = await captureEvidence(
      db,
      {
        auditId,
        questionKeys: ['incident-response/who-gets-paged'],
        kind: 'screenshot',
        fileName: 'rota.png',
        mediaType: 'image/png',
        bytes: new Blob([original]),
        caption: 'The on-call rota',
      },
      { clock },
    )
  })

  const derive = () =>
    deriveEvidence(
      db,
      {
        from: source,
        bytes: new Blob([redacted]),
        mediaType: 'image/png',
        fileName: 'rota (redacted).png',
        edits: [box],
      },
      { clock },
    )

  it('keeps its own bytes and hash, links to the original, and leaves the original as captured', async () => {
    const derived = await derive()
    expect(derived).toMatchObject({
      kind: 'screenshot',
      fileName: 'rota (redacted).png',
      sha256: sha256(redacted),
      caption: 'The on-call rota',
      questionKeys: ['incident-response/who-gets-paged'],
      derivation: {
        fromId: source.id,
        fromSha256: sha256(original),
        edits: [box],
        madeBy: 'Ana Ruiz',
      },
    })
    expect(await db.evidence.get(source.id)).toEqual(source)
    const kept = await db.evidenceBlobs.get([source.id, 'original'])
    expect(new Uint8Array(await kept!.blob.arrayBuffer())).toEqual(original)
    const items = await db.evidence.toArray()
    expect(currentVersions(items).map((item) => item.id)).toEqual([derived.id])
  })

  it('refuses to derive from bytes that no longer match their hash, and keeps nothing', async () => {
    await db.evidenceBlobs.update([source.id, 'original'], { blob: new Blob([redacted]) })
    await expect(derive()).rejects.toThrow(/no longer matches its recorded SHA-256/)
    expect(await db.evidence.count()).toBe(1)
  })

  it('refuses to derive from a deleted item, and an edit list that is empty', async () => {
    await expect(
      deriveEvidence(db, {
        from: source,
        bytes: new Blob([redacted]),
        mediaType: 'image/png',
        fileName: 'x.png',
        edits: [],
      }),
    ).rejects.toThrow(/Nothing was changed/)
    await deleteEvidence(db, source.id)
    await expect(derive()).rejects.toThrow(/has been deleted/)
    expect(await db.evidence.count()).toBe(1)
  })

  it('is verified like any other item: changed bytes are reported', async () => {
    const derived = await derive()
    expect(await verifyEvidence(db, source.auditId)).toEqual({ checked: 2, problems: [] })
    await db.evidenceBlobs.update([derived.id, 'original'], { blob: new Blob([original]) })
    const report = await verifyEvidence(db, source.auditId)
    expect(report.problems).toEqual([
      { item: derived, problem: 'changed', actualSha256: sha256(original) },
    ])
  })

  it('is reported when its source now records another SHA-256 than the one it was made from', async () => {
    const derived = await derive()
    await db.evidence.update(source.id, { sha256: sha256(redacted) })
    const report = await verifyEvidence(db, source.auditId)
    expect(report.problems.map((p) => [p.item.id, p.problem, p.source?.id])).toEqual([
      [source.id, 'changed', undefined],
      [derived.id, 'source-changed', source.id],
    ])
  })

  it('is not held to a source that has been deleted', async () => {
    await derive()
    await deleteEvidence(db, source.id)
    expect((await verifyEvidence(db, source.auditId)).problems).toEqual([])
  })
})
