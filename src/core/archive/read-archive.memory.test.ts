import { createHash } from 'node:crypto'
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { strToU8 } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { ArchiveError } from './errors'
import { readArchive } from './read-archive'
import type { ArchiveSnapshot } from './types'
import { buildArchive } from './write-archive'
import {
  NOW,
  assemble,
  entriesOf,
  sampleBytes,
  sampleSnapshot,
  zipOf,
  type ZipItem,
} from './test-support/archive-fixtures'

/**
 * What reading an archive costs in memory (issue 12, item 3): any archive up to 1 MB on disk is
 * refused or accepted with under 64 MB of extra heap, and a larger one costs a small multiple of
 * its largest JSON entry. Measured, not timed: the heap is collected, the archive read, and the
 * growth taken without collecting again, so whatever the read allocated and still held is
 * counted; the growth of the heap's committed size, which a collection during the read does not
 * take back at once, is checked too.
 */

const sha256 = async (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const MB = 1024 * 1024

// A collector to call between measurements, without a flag on the whole test run.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

interface Cost {
  outcome: string
  extraHeap: number
  extraCommitted: number
}

async function cost(archive: Uint8Array): Promise<Cost> {
  gc()
  const before = getHeapStatistics()
  const outcome = await readArchive(archive, undefined, { sha256 }).then(
    () => 'accepted',
    (error: unknown) => (error instanceof ArchiveError ? error.code : `threw ${String(error)}`),
  )
  const after = getHeapStatistics()
  return {
    outcome,
    extraHeap: after.used_heap_size - before.used_heap_size,
    extraCommitted: after.total_heap_size - before.total_heap_size,
  }
}

let valid: Map<string, Uint8Array>
beforeAll(async () => {
  valid = await entriesOf(await sampleSnapshot(sha256))
})

/** The sample's entries with some replaced; JSON deflated, or every entry stored. */
const items = (changes: Record<string, Uint8Array>, deflate = true): ZipItem[] =>
  [...new Map([...valid, ...Object.entries(changes)])].map(([name, bytes]) => ({
    name,
    bytes,
    deflate: deflate && name.endsWith('.json'),
  }))

/** Many rows of `row`, as a JSON array's text. */
const rows = (count: number, row: (i: number) => string) => {
  const parts = new Array<string>(count)
  for (let i = 0; i < count; i++) parts[i] = row(i)
  return strToU8(`[${parts.join(',')}]`)
}
/** Text that does not deflate much, so its entry stays far under the bomb ratio. */
const noise = (i: number) =>
  Buffer.from(sampleBytes(6, i))
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'x')

const MANIFEST_HEAD =
  '{"format":"audit-workbook/archive","formatVersion":1,"appVersion":"0.1.0","schemaVersion":2,"createdAt":"2026-11-28T10:00:00.000Z","scope":"everything","entries":'

/** Hostile archives of at most 1 MB on disk, one per way the reader could be made to overspend. */
async function hostile(): Promise<[string, Uint8Array][]> {
  const manifestOf = (entries: Uint8Array) =>
    strToU8(MANIFEST_HEAD + new TextDecoder().decode(entries) + '}')
  // Two million empty rows with a number now and then: about 6 MB that deflates 150 to 1, under
  // the 200 a zip bomb of evidence would need (the archive of the report: 35 KB).
  const millions = rows(2_000_000, (i) => (i % 200 === 0 ? `{"n":${i}}` : '{}'))
  // A megabyte of empty rows, stored: nothing to inflate at all.
  const megabyte = rows(340_000, () => '{}')
  return [
    [
      'a manifest of millions of invalid entries, deflated',
      zipOf([...items({}), { name: 'manifest.json', bytes: manifestOf(millions), deflate: true }]),
    ],
    [
      'a manifest of a megabyte of invalid entries, stored',
      zipOf([...items({}), { name: 'manifest.json', bytes: manifestOf(megabyte) }]),
    ],
    [
      'a data entry of millions of invalid rows, deflated',
      await assemble(items({ 'answers.json': millions }), sha256),
    ],
    [
      'a data entry of a megabyte of invalid rows, stored',
      await assemble(items({ 'answers.json': megabyte }, false), sha256),
    ],
    [
      'a data entry of invalid rows that do not deflate',
      await assemble(
        items({ 'answers.json': rows(45_000, (i) => `{"x":"${noise(i)}"}`) }, false),
        sha256,
      ),
    ],
    [
      'a row with a huge array of invalid values',
      await assemble(
        items({ 'audits.json': strToU8(`[{"auditors":[${'1,'.repeat(400_000)}1]}]`) }, false),
        sha256,
      ),
    ],
    [
      'a setting nested 400,000 levels deep',
      await assemble(
        items(
          {
            'settings.json': strToU8(
              `[{"key":"profile","value":${'['.repeat(400_000)}${']'.repeat(400_000)}}]`,
            ),
          },
          false,
        ),
        sha256,
      ),
    ],
  ]
}

describe('reading an archive costs what the archive is worth', () => {
  it(
    'refuses every hostile archive of up to 1 MB with under 64 MB of extra heap',
    { timeout: 120_000 },
    async () => {
      for (const [label, archive] of await hostile()) {
        expect(archive.length, label).toBeLessThanOrEqual(1 * MB)
        const { outcome, extraHeap, extraCommitted } = await cost(archive)
        console.info(
          `${label}: ${(archive.length / 1024).toFixed(0)} KB, ${outcome}, heap +${(extraHeap / MB).toFixed(1)} MB, committed +${(extraCommitted / MB).toFixed(1)} MB`,
        )
        expect(outcome, label).toMatch(/^(invalid-data|zip-bomb|too-large)$/)
        expect(extraHeap, label).toBeLessThan(64 * MB)
        expect(extraCommitted, label).toBeLessThan(64 * MB)
      }
    },
  )

  /** A thousand made-up words, so that notes of them deflate about as real notes do (4 to 1). */
  const WORDS = Array.from({ length: 1000 }, (_, i) =>
    noise(i)
      .slice(0, 3 + (i % 6))
      .toLowerCase(),
  )
  const wordNotes = (length: number, seed: number) => {
    const words: string[] = []
    for (let k = 0, size = 0; size < length; k++) {
      const digest = createHash('sha256').update(`${seed}:${k}`).digest()
      for (let i = 0; i < digest.length; i += 2) {
        const word = WORDS[digest.readUInt16LE(i) % WORDS.length]!
        words.push(word)
        size += word.length + 1
      }
    }
    return words.join(' ').slice(0, length)
  }
  const write = (snapshot: ArchiveSnapshot) =>
    buildArchive(snapshot, { sha256, now: NOW, appVersion: '0.1.0', schemaVersion: 2 })

  it(
    'accepts a valid archive of about 1 MB with under 64 MB of extra heap',
    { timeout: 120_000 },
    async () => {
      const snapshot = await sampleSnapshot(sha256)
      snapshot.data.answers = snapshot.data.answers.map((a, i) => ({
        ...a,
        notes: wordNotes(1_000_000, i + 1),
      }))
      const archive = await write(snapshot)
      const { outcome, extraHeap } = await cost(archive)
      console.info(
        `valid: ${(archive.length / MB).toFixed(2)} MB, ${outcome}, heap +${(extraHeap / MB).toFixed(1)} MB`,
      )
      expect(archive.length).toBeLessThanOrEqual(1.1 * MB)
      expect(outcome).toBe('accepted')
      expect(extraHeap).toBeLessThan(64 * MB)
    },
  )

  it(
    'accepts a larger one for a small multiple of its largest JSON entry',
    { timeout: 120_000 },
    async () => {
      const snapshot = await sampleSnapshot(sha256)
      // One sentence over and over: the writer stores it rather than deflate it like a bomb.
      const notes = 'Rota in PagerDuty; weekends unowned. '.repeat(200_000)
      snapshot.data.answers = snapshot.data.answers.map((a) => ({ ...a, notes }))
      const archive = await write(snapshot)
      const largestJson = (await entriesOf(snapshot)).get('answers.json')!.length
      const { outcome, extraHeap } = await cost(archive)
      console.info(
        `valid: ${(archive.length / MB).toFixed(1)} MB, largest JSON entry ${(largestJson / MB).toFixed(1)} MB, ${outcome}, heap +${(extraHeap / MB).toFixed(1)} MB`,
      )
      expect(outcome).toBe('accepted')
      // The text, and the rows parsed from it.
      expect(extraHeap).toBeLessThan(3 * largestJson)
    },
  )
})
