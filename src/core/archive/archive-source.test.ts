import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { WindowedReader, bytesSource, readArchivedFile } from './archive-source'
import { readArchive } from './read-archive'
import { NOW, sampleBytes, sampleEvidence, sampleSnapshot } from './test-support/archive-fixtures'
import type { ArchiveSource } from './types'
import { buildArchive } from './write-archive'

const sha256 = async (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** A source that records every range read from it, as a file on disk would be read. */
function recordingSource(bytes: Uint8Array): ArchiveSource & { reads: [number, number][] } {
  const reads: [number, number][] = []
  return {
    size: bytes.length,
    reads,
    read(start, end) {
      reads.push([start, end])
      return Promise.resolve(bytes.slice(start, end))
    },
  }
}

async function sampleArchive(originalBytes = 2048): Promise<Uint8Array> {
  const snapshot = await sampleSnapshot(sha256)
  const evidence = await sampleEvidence('ev-1', 'audit-2', sha256, originalBytes)
  snapshot.data.evidence = [evidence.item]
  snapshot.files[0] = {
    ...snapshot.files[0]!,
    size: originalBytes,
    read: async () => evidence.original,
  }
  return buildArchive(snapshot, { sha256, now: NOW, appVersion: 'test', schemaVersion: 1 })
}

describe('WindowedReader', () => {
  it('gives the bytes of any range, whichever window they fall in', async () => {
    const bytes = sampleBytes(10_000, 7)
    const reader = new WindowedReader(bytesSource(bytes), 1024)
    const ranges: [number, number][] = [
      [0, 10],
      [5, 1000],
      [1000, 1030],
      [900, 2100],
      [3000, 3000],
      [9990, 10_000],
      [20, 40],
    ]
    for (const [start, end] of ranges)
      expect(await reader.read(start, end)).toEqual(bytes.subarray(start, end))
  })

  it('reads a file walked front to back in a few large reads', async () => {
    const bytes = sampleBytes(64 * 1024, 3)
    const source = recordingSource(bytes)
    const reader = new WindowedReader(source, 16 * 1024)
    for (let at = 0; at < bytes.length; at += 100)
      await reader.read(at, Math.min(bytes.length, at + 100))
    expect(source.reads.length).toBeLessThanOrEqual(5)
  })
})

/**
 * A source that reads into the buffer it is given, detaching it as a BYOB stream reader does: a
 * view of an earlier window that is used after the next read would find no bytes at all.
 */
function reusingSource(bytes: Uint8Array): ArchiveSource & { newBuffers: number } {
  let returned: ArrayBuffer | undefined
  const source = {
    size: bytes.length,
    newBuffers: 0,
    read: (start: number, end: number) => Promise.resolve(bytes.slice(start, end)),
    readInto(start: number, end: number, into: ArrayBuffer) {
      if (into !== returned) source.newBuffers++
      const moved = structuredClone(into, { transfer: [into] })
      const view = new Uint8Array(moved, 0, end - start)
      view.set(bytes.subarray(start, end))
      returned = moved
      return Promise.resolve(view)
    },
  }
  return source
}

describe('readArchive reads the file, not a copy of it', () => {
  it('reads window after window into one buffer, and still checks every entry', async () => {
    const archive = await sampleArchive(6 * 1024 * 1024)
    // Windows of a few bytes to a few kilobytes: headers, names and entries cross their edges.
    const sizes = [7, ...Array.from({ length: 40 }, (_, i) => 20 + i * 7), 1000, 4096]
    for (const windowBytes of sizes) {
      const source = reusingSource(archive)
      const contents = await readArchive(source, undefined, { sha256, windowBytes })
      expect(contents.data.audits.map((audit) => audit.id)).toEqual(['audit-1', 'audit-2'])
      expect(contents.files.size).toBe(2)
      // Every window is read into the buffer the one before it was read into.
      expect(source.newBuffers).toBe(1)
    }
  })

  it('reads the file a window at a time, never whole', async () => {
    const largest = 6 * 1024 * 1024
    const archive = await sampleArchive(largest)
    const source = recordingSource(archive)
    const contents = await readArchive(source, undefined, { sha256 })
    // Never the whole file at once: at most a window, or the one entry larger than a window.
    expect(Math.max(...source.reads.map(([start, end]) => end - start))).toBeLessThanOrEqual(
      largest,
    )
    // Besides the walk: the file's last 64 KiB (its table of contents), the manifest, and the
    // window read before the large entry was met.
    const read = source.reads.reduce((sum, [start, end]) => sum + end - start, 0)
    expect(read).toBeLessThan(archive.length + 4 * 1024 * 1024 + 128 * 1024)
    const [name, file] = [...contents.files][0]!
    expect(await sha256(await readArchivedFile(contents.source, file))).toBe(file.sha256)
    expect(name).toMatch(/^evidence\//)
  })

  it('refuses, saying why, an archive whose file cannot be read to the end', async () => {
    const archive = await sampleArchive()
    const source: ArchiveSource = {
      size: archive.length,
      read: (start, end) =>
        end > archive.length / 2 && start > 0
          ? Promise.reject(new Error('The file was moved while it was being read.'))
          : Promise.resolve(archive.subarray(start, end)),
    }
    await expect(readArchive(source, undefined, { sha256 })).rejects.toThrow(/moved/)
  })
})
