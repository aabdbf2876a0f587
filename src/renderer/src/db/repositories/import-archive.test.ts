import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ArchiveError,
  buildArchive,
  readArchive,
  type ArchiveContents,
  type ArchiveSnapshot,
} from '@core/archive'
import { hostileArchives } from '@core/archive/test-support/hostile-archives'
import { interviewOrder } from '@core/audit'
import { builtinPack, type ContentPack } from '@core/content'
import { WorkbookDatabase } from '../database'
import { createAudit, deleteAudit, duplicateAuditById } from './audits'
import { saveAnswer, savePreparationAnswer } from './answers'
import { saveSetting } from './settings'
import { saveNarrativePart } from './narratives'
import { profileSetting } from '../settings/known-settings'
import { dumpDatabase } from '../test-support/dump-database'
import { draftFor, fakeClock, freshDatabase } from '../test-support/fixtures'
import { blobSource, type BlobSource } from '../../platform/blob-source'
import { importArchive, previewImport } from './import-archive'
import { sha256Hex } from '../../platform/sha256'
import { snapshotForExport } from '../queries/archive-snapshot'

const clock = fakeClock()
const NOW = Date.UTC(2026, 10, 28, 9, 0)

const customPack: ContentPack = {
  ...builtinPack,
  id: 'acme-delivery',
  version: '1.2.0',
  title: 'Acme delivery',
  sections: [{ ...builtinPack.sections[0]!, id: 'release-management', number: 12 }],
}

function bytesOf(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed * 17) & 0xff
  return bytes
}

/**
 * An audit with answers, preparation, a finding edit, two parts of its narrative and evidence;
 * its re-assessment; a pack.
 */
async function seed(db: WorkbookDatabase): Promise<{ first: string; second: string }> {
  await saveSetting(db, profileSetting, { auditorName: 'Ana Ruiz', firm: 'Ruiz Consulting' })
  await db.settings.put({ key: 'evidenceSizeLimit', value: 100 * 1024 * 1024 })
  // The report's logo is kept in settings as bytes.
  await db.settings.put({
    key: 'reportBranding',
    value: {
      accentColor: '1F5F8B',
      logo: { bytes: bytesOf(5_000, 9), type: 'png', width: 40, height: 20 },
    },
  })
  await db.packs.add({
    id: customPack.id,
    version: customPack.version,
    installedAt: NOW,
    pack: customPack,
  })
  const audit = await createAudit(db, draftFor(builtinPack), [builtinPack], clock)
  const [q1, q2] = interviewOrder((await db.auditContents.get(audit.id))!)
  for (const [q, rating] of [
    [q1!, 'met'],
    [q2!, 'partial'],
  ] as const)
    await saveAnswer(
      db,
      { auditId: audit.id, sectionId: q.sectionId, questionId: q.question.id },
      { rating, notes: `Notes on ${q.question.id} — «quoted» 👩🏽‍💻\nsecond line`, followUp: true },
      clock,
    )
  const prep = builtinPack.sections[0]!.preparation[0]!
  await savePreparationAnswer(
    db,
    { auditId: audit.id, sectionId: builtinPack.sections[0]!.id, itemId: prep.id },
    { done: true, value: '24/7' },
    clock,
  )
  await db.findingEdits.add({
    auditId: audit.id,
    sectionId: q2!.sectionId,
    questionId: q2!.question.id,
    owner: 'Priya',
    dueDate: '2027-01-31',
    status: 'open',
    recommendation: 'Write the weekend rota down.',
    updatedAt: NOW,
  })
  await saveNarrativePart(
    db,
    audit.id,
    'executive-summary',
    {
      blocks: [
        { kind: 'paragraph', inlines: [{ text: 'Pager ' }, { text: 'unowned', bold: true }] },
        {
          kind: 'bullets',
          items: [
            [
              { text: 'See ', italic: true },
              { text: 'rota', link: 'https://x.example/rota' },
            ],
          ],
        },
      ],
    },
    clock,
  )
  await saveNarrativePart(
    db,
    audit.id,
    `section:${q1!.sectionId}`,
    { blocks: [{ kind: 'numbered', items: [[{ text: 'We saw the rota.' }]] }] },
    clock,
  )
  await addEvidence(db, 'ev-a', audit.id, `${q1!.sectionId}/${q1!.question.id}`, 300_000)
  const second = await duplicateAuditById(
    db,
    audit.id,
    { carryAnswers: true, startDate: '2027-05-28' },
    clock,
  )
  await addEvidence(db, 'ev-b', second.id, `${q2!.sectionId}/${q2!.question.id}`, 5_000)
  return { first: audit.id, second: second.id }
}

async function addEvidence(
  db: WorkbookDatabase,
  id: string,
  auditId: string,
  key: string,
  size: number,
) {
  const original = bytesOf(size, id.length)
  const thumbnail = bytesOf(900, 3)
  await db.evidence.add({
    id,
    auditId,
    kind: 'screenshot',
    fileName: `${id}.png`,
    mediaType: 'image/png',
    size,
    sha256: await sha256Hex(original),
    capturedAt: NOW,
    capturedBy: 'Ana Ruiz',
    caption: 'The rota',
    questionKeys: [key],
    renditions: ['thumbnail'],
  })
  await db.evidenceBlobs.bulkAdd([
    {
      evidenceId: id,
      role: 'original',
      mediaType: 'image/png',
      width: 800,
      height: 600,
      blob: new Blob([original], { type: 'image/png' }),
    },
    {
      evidenceId: id,
      role: 'thumbnail',
      mediaType: 'image/jpeg',
      blob: new Blob([thumbnail], { type: 'image/jpeg' }),
    },
  ])
}

const options = { sha256: sha256Hex, now: NOW, appVersion: '0.1.0', schemaVersion: 2 }

async function exportArchive(
  db: WorkbookDatabase,
  snapshot?: ArchiveSnapshot,
): Promise<Uint8Array> {
  return buildArchive(snapshot ?? (await snapshotForExport(db, 'everything')), options)
}

/** An archive file as the worker reads it: from a Blob, a range at a time. */
const read = (bytes: Uint8Array): Promise<ArchiveContents<BlobSource>> =>
  readArchive(blobSource(new Blob([bytes as Uint8Array<ArrayBuffer>])), undefined, {
    sha256: sha256Hex,
  })

/** The same database, deleted and opened again empty. */
async function wipe(db: WorkbookDatabase): Promise<WorkbookDatabase> {
  await db.delete()
  const fresh = new WorkbookDatabase(db.name)
  await fresh.open()
  return fresh
}

describe('archive round trip', () => {
  let db: WorkbookDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })

  it('restores every row and every evidence byte into a wiped database', async () => {
    await seed(db)
    const before = await dumpDatabase(db)
    const archive = await exportArchive(db)

    const restored = await wipe(db)
    expect(await restored.audits.count()).toBe(0)
    const plan = await importArchive(restored, await read(archive), clock)

    expect(plan.audits.every((a) => !a.copied)).toBe(true)
    expect(before.narratives).toHaveLength(2)
    // Every row as it was; a pack now records that it came from an archive.
    const packs = before.packs!.map((row) => ({ ...(row as object), source: 'archive' }))
    expect(await dumpDatabase(restored)).toEqual({ ...before, packs })
    // Blob media types survive too, and the hashes match the capture hashes.
    for (const item of await restored.evidence.toArray()) {
      const original = await restored.evidenceBlobs.get([item.id, 'original'])
      expect(original?.blob.type).toBe('image/png')
      expect(await sha256Hex(new Uint8Array(await original!.blob.arrayBuffer()))).toBe(item.sha256)
    }
  })

  it('imports an audit whose id exists as a copy marked "(imported)", keeping its links', async () => {
    const { first, second } = await seed(db)
    const before = await dumpDatabase(db)
    const contents = await read(await exportArchive(db))

    const preview = await previewImport(db, contents)
    expect(preview.audits.map((a) => [a.client, a.copied])).toEqual([
      ['Northwind Traders (imported)', true],
      ['Northwind Traders (imported)', true],
    ])
    expect(preview.packs.map((p) => p.action)).toEqual(['installed'])
    expect(await dumpDatabase(db)).toEqual(before) // a preview writes nothing

    const plan = await importArchive(db, contents, clock)
    const copies = plan.audits.map((a) => a.id)
    expect(copies).not.toContain(first)
    expect(copies).not.toContain(second)

    // What was there is untouched.
    const after = await dumpDatabase(db)
    for (const table of Object.keys(before))
      for (const row of before[table]!) expect(after[table]).toContainEqual(row)

    const [firstCopy, secondCopy] = await db.audits.bulkGet(copies)
    expect(firstCopy?.client).toBe('Northwind Traders (imported)')
    // The re-assessment points at the copy of its predecessor, not at the original.
    expect(secondCopy?.predecessorId).toBe(firstCopy?.id)
    expect(await db.answers.where('auditId').equals(firstCopy!.id).count()).toBe(2)
    expect(await db.findingEdits.where('auditId').equals(firstCopy!.id).count()).toBe(1)
    const evidence = await db.evidence.where('auditId').equals(secondCopy!.id).toArray()
    expect(evidence).toHaveLength(1)
    expect(evidence[0]!.id).not.toBe('ev-b')
    const blob = await db.evidenceBlobs.get([evidence[0]!.id, 'original'])
    expect(await sha256Hex(new Uint8Array(await blob!.blob.arrayBuffer()))).toBe(
      evidence[0]!.sha256,
    )
    // Settings and packs already here are kept as they were.
    expect(await db.settings.count()).toBe(3)
    expect(await db.packs.count()).toBe(1)
  })

  it('takes new ids where rows left here still use the archive’s, and leaves those rows be', async () => {
    const { first, second } = await seed(db)
    const contents = await read(await exportArchive(db))
    const answer = (await db.answers.where('auditId').equals(first).first())!
    const restored = await wipe(db)
    // Leftovers: an answer keyed by the first audit without its audit, bytes of ev-b without
    // their item. Either would collide with the archive's rows if their ids were kept.
    await restored.answers.add(answer)
    await restored.evidenceBlobs.add({
      evidenceId: 'ev-b',
      role: 'thumbnail',
      mediaType: 'image/webp',
      blob: new Blob([bytesOf(10, 1)]),
    })
    const before = await dumpDatabase(restored)

    const plan = await importArchive(restored, contents, clock)
    // The first comes in as a copy under a new id; the second keeps its own.
    const ids = plan.audits.map((a) => a.id)
    expect(ids).toContain(second)
    expect(ids).not.toContain(first)
    expect(plan.audits.map((a) => a.copied).sort()).toEqual([false, true])
    const evidence = await restored.evidence.where('auditId').equals(second).toArray()
    expect(evidence.map((item) => item.id)).not.toContain('ev-b')
    const after = await dumpDatabase(restored)
    for (const table of Object.keys(before))
      for (const row of before[table]!) expect(after[table]).toContainEqual(row)
  })

  it('exports one audit with its predecessor link but not its predecessor', async () => {
    const { first, second } = await seed(db)
    const snapshot = await snapshotForExport(db, { auditIds: [second] })
    expect(snapshot.scope).toBe('audits')
    expect(snapshot.data.audits.map((a) => [a.id, a.predecessorId])).toEqual([[second, first]])
    expect(snapshot.data.evidence.map((e) => e.id)).toEqual(['ev-b'])
    expect(snapshot.data.settings).toEqual([])
    expect(snapshot.data.packs).toEqual([])

    // Into a database that still has the predecessor, the link points at it again.
    const restored = await wipe(db)
    await importArchive(restored, await read(await exportArchive(db, snapshot)), clock)
    expect((await restored.audits.get(second))?.predecessorId).toBe(first)
  })

  it('leaves deleted audits out of "everything"', async () => {
    const { first } = await seed(db)
    await deleteAudit(db, first, clock)
    const snapshot = await snapshotForExport(db, 'everything')
    expect(snapshot.data.audits.map((a) => a.id)).not.toContain(first)
    expect(snapshot.data.evidence.map((e) => e.id)).toEqual(['ev-b'])
  })

  it('writes nothing when the transaction fails halfway', async () => {
    await seed(db)
    const contents = await read(await exportArchive(db))
    const restored = await wipe(db)
    await saveSetting(restored, profileSetting, { auditorName: 'Someone else', firm: '' })
    const before = await dumpDatabase(restored)
    vi.spyOn(restored.packs, 'bulkAdd').mockRejectedValue(new Error('disk full'))
    await expect(importArchive(restored, contents, clock)).rejects.toThrow('disk full')
    expect(await dumpDatabase(restored)).toEqual(before)
  })
})

describe('reading back what an import wrote', () => {
  it("compares each original with its item's own SHA-256, not only the manifest's", async () => {
    const db = await freshDatabase()
    await seed(db)
    const contents = await read(await exportArchive(db))
    const restored = await wipe(db)
    const before = await dumpDatabase(restored)
    // As if the reader had let through an item whose recorded hash is not its bytes' hash: the
    // manifest's hashes still agree with the bytes, so only the item's own hash can catch it.
    const item = contents.data.evidence[0]!
    const changed = {
      ...contents,
      data: {
        ...contents.data,
        evidence: [{ ...item, sha256: 'f'.repeat(64) }, ...contents.data.evidence.slice(1)],
      },
    }
    await expect(importArchive(restored, changed, clock)).rejects.toThrow(
      /could not be stored intact/,
    )
    expect(await dumpDatabase(restored)).toEqual(before)
  })
})

describe('an import reads the evidence again from the archive file', () => {
  it('stores the bytes the check saw, sliced from the file', async () => {
    const db = await freshDatabase()
    await seed(db)
    const archive = await exportArchive(db)
    const originals = await db.evidenceBlobs.toArray()
    const restored = await wipe(db)
    await importArchive(restored, await read(archive), clock)
    const stored = await restored.evidenceBlobs.toArray()
    expect(stored.map((row) => row.blob.size).sort()).toEqual(
      originals.map((row) => row.blob.size).sort(),
    )
    const hashes = async (rows: typeof stored) =>
      (
        await Promise.all(
          rows.map(async (row) => sha256Hex(new Uint8Array(await row.blob.arrayBuffer()))),
        )
      ).sort()
    expect(await hashes(stored)).toEqual(await hashes(originals))
  })

  it('reports its progress as the bytes read back and found intact, up to all of them', async () => {
    const db = await freshDatabase()
    await seed(db)
    const archive = await exportArchive(db)
    const evidenceBytes = (await db.evidenceBlobs.toArray()).reduce(
      (sum, r) => sum + r.blob.size,
      0,
    )
    const restored = await wipe(db)
    const progress: { done: number; total: number }[] = []
    await importArchive(restored, await read(archive), clock, (p) => progress.push(p))
    expect(progress[0]).toEqual({ done: 0, total: evidenceBytes })
    expect(progress.at(-1)).toEqual({ done: evidenceBytes, total: evidenceBytes })
    progress.slice(1).forEach((p, i) => expect(p.done).toBeGreaterThan(progress[i]!.done))
  })

  it('is undone, leaving nothing, when the file changed on disk after it was checked', async () => {
    const db = await freshDatabase()
    await seed(db)
    const archive = await exportArchive(db)
    const contents = await read(archive)
    const restored = await wipe(db)
    const before = await dumpDatabase(restored)
    // The same size, other bytes: as if the file had been overwritten while the preview showed.
    const overwritten = archive.map((byte) => byte ^ 0xff)
    const changed = { ...contents, source: blobSource(new Blob([overwritten])) }
    await expect(importArchive(restored, changed, clock)).rejects.toThrow(
      /could not be stored intact/,
    )
    expect(await dumpDatabase(restored)).toEqual(before)
  })
})

describe('settings from an archive', () => {
  it.each([
    [
      'bytes that are not base64',
      {
        accentColor: '1F5F8B',
        logo: { bytes: { $base64: 'no base64!' }, type: 'png', width: 1, height: 1 },
      },
      /in settings\.json, the setting “reportBranding” holds bytes that cannot be read/,
    ],
    [
      'a logo larger than the app accepts',
      {
        accentColor: '1F5F8B',
        logo: { bytes: { $base64: 'AAAA'.repeat(700_000) }, type: 'png', width: 1, height: 1 },
      },
      /in settings\.json, the setting “reportBranding” at logo\.bytes Use a logo under 2 MB\./,
    ],
    [
      'a colour that is not one',
      { accentColor: 'red' },
      /in settings\.json, the setting “reportBranding” at accentColor Choose a colour like 1F5F8B\./,
    ],
  ])('are refused, before the write starts, when they hold %s', async (_, value, message) => {
    const db = await freshDatabase()
    await seed(db)
    const contents = await read(await exportArchive(db))
    const restored = await wipe(db)
    const before = await dumpDatabase(restored)
    const bad = {
      ...contents,
      data: { ...contents.data, settings: [{ key: 'reportBranding', value }] },
    } as ArchiveContents<BlobSource>
    const transaction = vi.spyOn(restored, 'transaction')
    await expect(previewImport(restored, bad)).rejects.toThrow(message)
    await expect(importArchive(restored, bad, clock)).rejects.toThrow(message)
    expect(transaction).not.toHaveBeenCalled()
    expect(await dumpDatabase(restored)).toEqual(before)
  })
})

describe('a hostile or damaged archive', () => {
  it('is refused and leaves the database exactly as it was', { timeout: 60_000 }, async () => {
    const db = await freshDatabase()
    await seed(db)
    const before = await dumpDatabase(db)
    const archives = await hostileArchives(sha256Hex)
    expect(archives.map((a) => a.label)).toHaveLength(22)
    for (const archive of archives) {
      // What the import dialog does: read and check, and only then write.
      const attempt = read(archive.bytes).then((contents) => importArchive(db, contents, clock))
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error, archive.label).toBeInstanceOf(ArchiveError)
      expect((error as ArchiveError).code, archive.label).toBe(archive.code)
      expect(await dumpDatabase(db), archive.label).toEqual(before)
    }
  })
})
