import { unzipSync, zipSync, type Zippable } from 'fflate'
import { bench, describe } from 'vitest'
import { readArchive } from './read-archive'
import { NOW, sampleBytes, sampleSnapshot } from './test-support/archive-fixtures'
import type { ArchiveSnapshot } from './types'
import { buildArchive } from './write-archive'

/**
 * PRODUCT.md §12: archive export and import within 2× of a plain zip of the same files.
 * 200 evidence files of 200 KB (40 MB), hashed with WebCrypto as the renderer does.
 * Run: npx vitest bench --project core src/core/archive/archive.bench.ts
 */

const FILES = 200
const FILE_BYTES = 200 * 1024

const sha256 = async (bytes: Uint8Array): Promise<string> => {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

const files = Array.from({ length: FILES }, (_, i) => sampleBytes(FILE_BYTES, i + 1))
const base = await sampleSnapshot(sha256)
const item = base.data.evidence[0]!
const snapshot: ArchiveSnapshot = {
  ...base,
  data: {
    ...base.data,
    evidence: files.map((_, i) => ({ ...item, id: `ev-${i}`, size: FILE_BYTES })),
    evidenceFiles: files.map((_, i) => ({
      evidenceId: `ev-${i}`,
      role: 'original' as const,
      mediaType: 'image/png',
    })),
  },
  files: files.map((bytes, i) => ({
    evidenceId: `ev-${i}`,
    role: 'original' as const,
    size: bytes.length,
    read: async () => bytes,
  })),
}
const plain: Zippable = Object.fromEntries(
  files.map((bytes, i) => [`evidence/ev-${i}/original`, [bytes, { level: 0 }]]),
)
const options = { sha256, now: NOW, appVersion: '0.1.0', schemaVersion: 2 }
const archive = await buildArchive(snapshot, options)
const plainZip = zipSync(plain)

describe('export 40 MB of evidence', () => {
  bench('plain fflate zipSync (stored)', () => {
    zipSync(plain)
  })
  bench('buildArchive (manifest, SHA-256 of every entry, checks)', async () => {
    await buildArchive(snapshot, options)
  })
})

describe('import 40 MB of evidence', () => {
  bench('plain fflate unzipSync', () => {
    unzipSync(plainZip)
  })
  bench('readArchive (every check, SHA-256 of every entry)', async () => {
    await readArchive(archive, undefined, { sha256 })
  })
})
