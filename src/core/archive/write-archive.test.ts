import { createHash } from 'node:crypto'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readArchivedFile } from './archive-source'
import { ArchiveError } from './errors'
import { MANIFEST_ENTRY } from './format'
import { readArchive } from './read-archive'
import { sampleAnswer, sampleSnapshot, NOW } from './test-support/archive-fixtures'
import { buildArchive, writeArchive, type BuildArchiveOptions } from './write-archive'
import { readZipDirectory, STORED, DEFLATED } from './zip-directory'
import type { ArchiveManifest } from './schemas'

const sha256 = async (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const options: BuildArchiveOptions = { sha256, now: NOW, appVersion: '0.1.0', schemaVersion: 2 }
const read = (bytes: Uint8Array) => readArchive(bytes, undefined, { sha256 })

describe('buildArchive', () => {
  it('writes a standard zip: a manifest of every entry with its size and SHA-256', async () => {
    const snapshot = await sampleSnapshot(sha256)
    const archive = await buildArchive(snapshot, options)

    // Any zip tool can open it.
    const unzipped = unzipSync(archive)
    const manifest = JSON.parse(strFromU8(unzipped[MANIFEST_ENTRY]!)) as ArchiveManifest
    expect(manifest).toMatchObject({
      format: 'audit-workbook/archive',
      formatVersion: 3,
      appVersion: '0.1.0',
      schemaVersion: 2,
      createdAt: '2026-11-28T10:00:00.000Z',
      scope: 'everything',
    })
    const names = Object.keys(unzipped).filter((n) => n !== MANIFEST_ENTRY)
    expect(manifest.entries.map((e) => e.name).sort()).toEqual(names.sort())
    for (const entry of manifest.entries) {
      expect(entry.size).toBe(unzipped[entry.name]!.length)
      expect(entry.sha256).toBe(await sha256(unzipped[entry.name]!))
    }
    expect(names).toContain('evidence/ev-1/original')
    expect(names).toContain('evidence/ev-1/thumbnail')
  })

  it('stores evidence bytes as they are and deflates the JSON', async () => {
    const archive = await buildArchive(await sampleSnapshot(sha256), options)
    const { entries } = readZipDirectory(archive, 100)
    for (const entry of entries) {
      if (entry.name.startsWith('evidence/')) expect(entry.method, entry.name).toBe(STORED)
    }
    expect(entries.find((e) => e.name === 'audit-contents.json')?.method).toBe(DEFLATED)
  })

  it('reads back exactly what it wrote', async () => {
    const snapshot = await sampleSnapshot(sha256)
    const contents = await read(await buildArchive(snapshot, options))
    expect(contents.data).toEqual(snapshot.data)
    for (const file of snapshot.files) {
      const name = `evidence/${file.evidenceId}/${file.role}`
      const archived = contents.files.get(name)!
      expect(await readArchivedFile(contents.source, archived)).toEqual(await file.read())
      expect(archived.sha256).toBe(await sha256(await file.read()))
    }
  })

  it('keeps what is marked internal, and reads an archive from before editions unmarked', async () => {
    const snapshot = await sampleSnapshot(sha256)
    const [answer, ...answers] = snapshot.data.answers
    const [item, ...items] = snapshot.data.evidence
    const marked = {
      ...snapshot,
      data: {
        ...snapshot.data,
        answers: [{ ...answer!, notesInternal: true }, ...answers],
        evidence: [{ ...item!, internal: true }, ...items],
      },
    }
    const contents = await read(await buildArchive(marked, options))
    expect(contents.data.answers[0]?.notesInternal).toBe(true)
    expect(contents.data.evidence[0]?.internal).toBe(true)
    const before = await read(await buildArchive(snapshot, options))
    expect(before.data.answers[0]).not.toHaveProperty('notesInternal')
    expect(before.data.evidence[0]).not.toHaveProperty('internal')
  })

  it('stores JSON that would deflate like a zip bomb, so its own archives are never refused', async () => {
    const snapshot = await sampleSnapshot(sha256)
    // Someone leaned on a key: 5 MB of one character deflates about 1,000 to 1.
    snapshot.data.answers[0] = { ...snapshot.data.answers[0]!, notes: 'x'.repeat(5_000_000) }
    const archive = await buildArchive(snapshot, options)
    const { entries } = readZipDirectory(archive, 100)
    expect(entries.find((e) => e.name === 'answers.json')?.method).toBe(STORED)
    await expect(read(archive)).resolves.toBeDefined()
  })

  it('reports progress up to the full size, and stops when canceled', async () => {
    const snapshot = await sampleSnapshot(sha256)
    const seen: number[] = []
    const archive = await buildArchive(snapshot, {
      ...options,
      onProgress: ({ done, total }) => {
        expect(total).toBeGreaterThan(0)
        seen.push(done / total)
      },
    })
    expect(seen.at(-1)).toBe(1)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
    expect(archive.length).toBeGreaterThan(0)

    const controller = new AbortController()
    const canceled = buildArchive(
      {
        ...snapshot,
        files: snapshot.files.map((f) => ({
          ...f,
          read: async () => {
            controller.abort()
            return f.read()
          },
        })),
      },
      { ...options, signal: controller.signal },
    )
    await expect(canceled).rejects.toMatchObject({ code: 'canceled', message: 'Export canceled.' })
  })

  it('refuses data the reader would refuse, so a backup is always restorable', async () => {
    const snapshot = await sampleSnapshot(sha256)
    snapshot.data.answers.push({ ...sampleAnswer('no-such-audit') })
    const error = await buildArchive(snapshot, options).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArchiveError)
    expect((error as ArchiveError).message).toMatch(
      /^This data cannot be archived: .*no-such-audit/,
    )
  })

  it('refuses an archive larger than the app can save in one file', async () => {
    const snapshot = await sampleSnapshot(sha256)
    await expect(
      buildArchive(snapshot, { ...options, maxArchiveBytes: 1000 }),
    ).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(
        /^The archive would be \d+(\.\d)? KB, more than the 1000 bytes Audit Workbook can save in one file\./,
      ),
    })
  })
})

describe('writeArchive', () => {
  it('writes to the sink an archive of the size it planned, which reads back', async () => {
    const snapshot = await sampleSnapshot(sha256)
    const chunks: Uint8Array[] = []
    const total = await writeArchive(snapshot, async (chunk) => void chunks.push(chunk.slice()), {
      ...options,
    })
    const archive = new Uint8Array(
      await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer(),
    )
    expect(archive.length).toBe(total)
    expect((await read(archive)).data).toEqual(snapshot.data)
  })

  it('stops when the sink fails, and says why', async () => {
    const snapshot = await sampleSnapshot(sha256)
    const full = Object.assign(new Error('The disk is full.'), { code: 'ENOSPC' })
    await expect(writeArchive(snapshot, () => Promise.reject(full), options)).rejects.toBe(full)
  })
})
