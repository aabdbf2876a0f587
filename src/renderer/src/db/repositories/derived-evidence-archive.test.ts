import { beforeEach, describe, expect, it } from 'vitest'
import { buildArchive, readArchive } from '@core/archive'
import { builtinPack } from '@core/content'
import { currentVersions, type EvidenceEdit, type EvidenceItem } from '@core/evidence'
import { WorkbookDatabase } from '../database'
import { snapshotForExport } from '../queries/archive-snapshot'
import { dumpDatabase } from '../test-support/dump-database'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { sha256Hex } from '../../platform/sha256'
import { createAudit } from './audits'
import { deriveEvidence } from './evidence-derivation'
import { importArchive } from './import-archive'
import { blobSource } from '../../platform/blob-source'

const clock = fakeClock()
const options = { sha256: sha256Hex, now: clock.now(), appVersion: '0.1.0', schemaVersion: 5 }
const read = (bytes: Uint8Array) =>
  readArchive(blobSource(new Blob([bytes as Uint8Array<ArrayBuffer>])), undefined, {
    sha256: sha256Hex,
  })
const box: EvidenceEdit = {
  op: 'redact',
  rect: { x: 0, y: 0, width: 2, height: 2 },
  color: '#000000',
}

/** The same database, deleted and opened again empty. */
async function wipe(db: WorkbookDatabase): Promise<WorkbookDatabase> {
  await db.delete()
  const fresh = new WorkbookDatabase(db.name)
  await fresh.open()
  return fresh
}

describe('derived evidence through an archive', () => {
  let db: WorkbookDatabase
  let original: EvidenceItem
  let derived: EvidenceItem

  beforeEach(async () => {
    db = await freshDatabase()
    const auditId = (await createAudit(db, draftFor(builtinPack), [builtinPack], clock)).id
    original = await captureEvidence(
      db,
      {
        auditId,
        questionKeys: ['incident-response/who-gets-paged'],
        kind: 'snippet',
        fileName: 'config',
        mediaType: 'text/plain',
        bytes: new Blob(['token = sk-live-1234']),
      },
      { clock },
    )
    derived = await deriveEvidence(
      db,
      {
        from: original,
        bytes: new Blob(['token = ••••••••••••']),
        mediaType: 'text/plain',
        fileName: 'config (redacted)',
        edits: [{ op: 'mask-text', start: 8, end: 20 }],
      },
      { clock },
    )
  })

  it('comes back with its link, its edits and both hashes, and survives a reopen', async () => {
    const archive = await buildArchive(await snapshotForExport(db, 'everything'), options)
    const restored = await wipe(db)
    await importArchive(restored, await read(archive), clock)
    restored.close()

    const reopened = new WorkbookDatabase(db.name)
    await reopened.open()
    const items = await reopened.evidence.toArray()
    expect(items).toEqual(expect.arrayContaining([original, derived]))
    expect(currentVersions(items)).toEqual([derived])
    const bytes = await reopened.evidenceBlobs.get([derived.id, 'original'])
    expect(await sha256Hex(new Uint8Array(await bytes!.blob.arrayBuffer()))).toBe(derived.sha256)
    reopened.close()
  })

  it('refuses an archive whose derivation was changed, and writes nothing', async () => {
    const snapshot = await snapshotForExport(db, 'everything')
    const tampered = {
      ...snapshot,
      data: {
        ...snapshot.data,
        evidence: snapshot.data.evidence.map((item) =>
          item.derivation
            ? {
                ...item,
                derivation: { ...item.derivation, edits: [box], fromSha256: derived.sha256 },
              }
            : item,
        ),
      },
    }
    const archive = await buildArchive(tampered, options)
    const empty = await wipe(db)
    const before = await dumpDatabase(empty)
    await expect(read(archive)).rejects.toThrow(
      /“config \(redacted\)” .* was made from “config” .* Nothing was imported\.$/,
    )
    expect(await dumpDatabase(empty)).toEqual(before)
  })
})
