import { createHash } from 'node:crypto'
import type { DBCore, DBCoreMutateRequest } from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import { WorkbookDatabase } from '../database'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { createAudit, setAuditStatus } from './audits'
import type { NewEvidence, RenditionMaker } from './evidence'
import { evidenceSizeLimitSetting, profileSetting } from '../settings/known-settings'
import { saveSetting } from './settings'

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const pngBytes = new Uint8Array([...PNG_HEAD, ...Array.from({ length: 200 }, (_, i) => i % 256)])
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

/** Stands in for the worker: Node has no createImageBitmap. */
const fakeRenditions: RenditionMaker = async () => ({
  width: 4000,
  height: 3000,
  thumbnail: {
    blob: new Blob(['thumbnail'], { type: 'image/png' }),
    mediaType: 'image/png',
    width: 320,
    height: 240,
  },
  page: {
    blob: new Blob(['page'], { type: 'image/png' }),
    mediaType: 'image/png',
    width: 1600,
    height: 1200,
  },
})

/** A database whose evidence-blob writes go through `intercept` (a DBCore middleware). */
async function databaseWith(
  intercept: (request: DBCoreMutateRequest, next: DBCore['table']) => unknown,
): Promise<WorkbookDatabase> {
  const db = new WorkbookDatabase(`evidence-${Math.random().toString(36).slice(2)}`)
  db.use({
    stack: 'dbcore',
    name: 'intercept-evidence-blobs',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        if (name !== 'evidenceBlobs') return table
        return {
          ...table,
          mutate: (request) =>
            (intercept(request, down.table.bind(down)) ?? table.mutate(request)) as ReturnType<
              typeof table.mutate
            >,
        }
      },
    }),
  })
  await db.open()
  return db
}

async function everyRow(db: WorkbookDatabase) {
  return { items: await db.evidence.count(), blobs: await db.evidenceBlobs.count() }
}

describe('evidence capture', () => {
  let db: WorkbookDatabase
  let auditId: string
  const clock = fakeClock()

  const photo = (overrides: Partial<NewEvidence> = {}): NewEvidence => ({
    auditId,
    questionKeys: ['incident-response/who-gets-paged'],
    kind: 'file',
    fileName: 'rota.png',
    mediaType: 'image/png',
    bytes: new Blob([pngBytes]),
    ...overrides,
  })

  async function seed(target: WorkbookDatabase) {
    await saveSetting(target, profileSetting, { auditorName: 'Ana Ruiz', firm: '' })
    auditId = (await createAudit(target, draftFor(builtinPack), [builtinPack], clock)).id
  }

  beforeEach(async () => {
    db = await freshDatabase()
    await seed(db)
  })

  it('keeps the bytes with their SHA-256, its renditions, and who captured it', async () => {
    const item = await captureEvidence(db, photo({ caption: '  The rota  ' }), {
      clock,
      renditions: fakeRenditions,
    })
    expect(item).toMatchObject({
      auditId,
      kind: 'file',
      fileName: 'rota.png',
      mediaType: 'image/png',
      size: pngBytes.length,
      sha256: sha256(pngBytes),
      capturedAt: clock.now(),
      capturedBy: 'Ana Ruiz',
      caption: 'The rota',
      questionKeys: ['incident-response/who-gets-paged'],
      renditions: ['thumbnail', 'page'],
    })
    expect(await db.evidence.get(item.id)).toEqual(item)
    const original = await db.evidenceBlobs.get([item.id, 'original'])
    expect(new Uint8Array(await original!.blob.arrayBuffer())).toEqual(pngBytes)
    expect(original).toMatchObject({ mediaType: 'image/png', width: 4000, height: 3000 })
    expect(await db.evidenceBlobs.get([item.id, 'thumbnail'])).toMatchObject({ width: 320 })
    expect(await db.evidenceBlobs.get([item.id, 'page'])).toMatchObject({ width: 1600 })
  })

  it('stores a link as the bytes of its URL and a file that is no image without renditions', async () => {
    const url = 'https://wiki.example.com/on-call?team=payments'
    const link = await captureEvidence(
      db,
      photo({
        kind: 'link',
        fileName: 'On-call wiki',
        mediaType: 'text/uri-list',
        bytes: new Blob([url]),
        url,
      }),
      { clock, renditions: fakeRenditions },
    )
    expect(link).toMatchObject({ sha256: sha256(url), url, renditions: [] })
    expect(await db.evidenceBlobs.count()).toBe(1)
  })

  it('keeps an image whose renditions fail, listed as a plain file', async () => {
    const item = await captureEvidence(db, photo(), {
      clock,
      renditions: () => Promise.reject(new Error('cannot decode')),
    })
    expect(item.renditions).toEqual([])
    expect(await everyRow(db)).toEqual({ items: 1, blobs: 1 })
  })

  it('refuses an empty file and one over the size limit, writing nothing', async () => {
    await expect(captureEvidence(db, photo({ bytes: new Blob([]) }), { clock })).rejects.toThrow(
      '“rota.png” is empty (0 bytes). Nothing was added.',
    )
    await saveSetting(db, evidenceSizeLimitSetting, 1024 * 1024)
    await expect(
      captureEvidence(db, photo({ bytes: new Blob([new Uint8Array(2 * 1024 * 1024)]) }), { clock }),
    ).rejects.toThrow(/is 2 MB, over the 1 MB limit/)
    expect(await everyRow(db)).toEqual({ items: 0, blobs: 0 })
  })

  it('refuses evidence for a final audit', async () => {
    await setAuditStatus(db, auditId, 'final', clock)
    await expect(captureEvidence(db, photo(), { clock })).rejects.toThrow(/final/)
    expect(await everyRow(db)).toEqual({ items: 0, blobs: 0 })
  })

  it('leaves no partial record when the disk is full', async () => {
    const full = await databaseWith((request) =>
      request.type === 'add' || request.type === 'put'
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : undefined,
    )
    await seed(full)
    await expect(
      captureEvidence(full, photo(), { clock, renditions: fakeRenditions }),
    ).rejects.toThrow(
      'There is not enough storage space to keep “rota.png”. Nothing was added. Free some disk space, then try again.',
    )
    expect(await everyRow(full)).toEqual({ items: 0, blobs: 0 })
    full.close()
  })

  it('removes metadata and bytes when the stored bytes read back differently', async () => {
    const corrupting = await databaseWith((request, table) =>
      request.type === 'add'
        ? table('evidenceBlobs').mutate({
            ...request,
            values: request.values.map((row: { role: string }) =>
              row.role === 'original' ? { ...row, blob: new Blob(['tampered']) } : row,
            ),
          })
        : undefined,
    )
    await seed(corrupting)
    await expect(captureEvidence(corrupting, photo(), { clock })).rejects.toThrow(
      /was not stored correctly: its bytes read back differently/,
    )
    expect(await everyRow(corrupting)).toEqual({ items: 0, blobs: 0 })
    corrupting.close()
  })
})
