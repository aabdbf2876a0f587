import { beforeEach, describe, expect, it, vi } from 'vitest'
import { builtinPack } from '@core/content'
import type { WorkbookDatabase } from '../database'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { createAudit } from '../repositories/audits'
import { batchedBlobReads, watchThumbnail } from './batched-blob-reads'

describe('batchedBlobReads', () => {
  let db: WorkbookDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })

  const note = async (auditId: string, text: string) =>
    captureEvidence(db, {
      auditId,
      questionKeys: [],
      kind: 'file',
      fileName: `${text}.txt`,
      mediaType: 'text/plain',
      bytes: new Blob([text]),
    })

  it('answers reads asked for together with one request, each with its own bytes', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], fakeClock())
    const a = await note(audit.id, 'alpha')
    const b = await note(audit.id, 'beta')
    const bulkGet = vi.spyOn(db.evidenceBlobs, 'bulkGet')
    const read = batchedBlobReads(db, 'original')

    const [first, second, missing] = await Promise.all([read(a.id), read(b.id), read('no-such')])

    expect(bulkGet).toHaveBeenCalledTimes(1)
    expect(await first?.text()).toBe('alpha')
    expect(await second?.text()).toBe('beta')
    expect(missing).toBeUndefined()
  })

  it('starts a new request for reads asked for later', async () => {
    const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], fakeClock())
    const a = await note(audit.id, 'alpha')
    const bulkGet = vi.spyOn(db.evidenceBlobs, 'bulkGet')
    const read = batchedBlobReads(db, 'original')
    await read(a.id)
    expect(await (await read(a.id))?.text()).toBe('alpha')
    expect(bulkGet).toHaveBeenCalledTimes(2)
  })

  it('fails every read of a batch whose request fails', async () => {
    vi.spyOn(db.evidenceBlobs, 'bulkGet').mockRejectedValueOnce(new Error('disk gone'))
    const read = batchedBlobReads(db, 'original')
    const results = await Promise.allSettled([read('x'), read('y')])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
  })
})

describe('watchThumbnail', () => {
  let db: WorkbookDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })

  const storeThumbnail = (id: string, text: string) =>
    db.evidenceBlobs.put({
      evidenceId: id,
      role: 'thumbnail',
      mediaType: 'image/webp',
      blob: new Blob([text]),
    })
  const shown = (id: string) =>
    new Promise<Blob>((resolve) => {
      watchThumbnail(db, id, resolve)
    })

  it('shows a stored thumbnail once read', async () => {
    await storeThumbnail('item-1', 'thumb')
    expect(await (await shown('item-1')).text()).toBe('thumb')
  })

  it("shows a thumbnail stored after it was first read: a colleague's file that arrived later", async () => {
    const bulkGet = vi.spyOn(db.evidenceBlobs, 'bulkGet')
    const showing = shown('item-2')
    await vi.waitFor(() => expect(bulkGet).toHaveBeenCalled())
    expect(await bulkGet.mock.results[0]!.value).toEqual([undefined])

    await storeThumbnail('item-2', 'arrived')
    expect(await (await showing).text()).toBe('arrived')
  })

  it('shows nothing once stopped', async () => {
    await storeThumbnail('item-3', 'thumb')
    const bulkGet = vi.spyOn(db.evidenceBlobs, 'bulkGet')
    const show = vi.fn()
    const stop = watchThumbnail(db, 'item-3', show)
    stop()
    await vi.waitFor(() => expect(bulkGet).toHaveBeenCalled())
    await bulkGet.mock.results[0]!.value
    expect(show).not.toHaveBeenCalled()
  })
})
