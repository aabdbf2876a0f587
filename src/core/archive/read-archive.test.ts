import { createHash } from 'node:crypto'
import { strToU8 } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { builtinPack } from '../content/builtin'
import { readArchivedFile } from './archive-source'
import { ArchiveError, type ArchiveErrorCode } from './errors'
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './limits'
import { readArchive } from './read-archive'
import type { ArchiveManifest } from './schemas'
import {
  NOW,
  assemble,
  centralRecords,
  entriesOf,
  patchDeclaredSize,
  sampleBytes,
  sampleSnapshot,
  zipOf,
} from './test-support/archive-fixtures'
import { buildArchive } from './write-archive'

const sha256 = async (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Reads the archive and returns the refusal it must end in. */
async function refusal(
  bytes: Uint8Array,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<ArchiveError> {
  const error = await readArchive(bytes, limits, { sha256 }).then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof ArchiveError)) throw new Error(`Expected a refusal, got ${String(error)}`)
  // Every refusal ends by saying nothing was imported.
  expect(error.message).toMatch(/Nothing was imported\.$/)
  return error
}

async function expectRefused(
  bytes: Uint8Array,
  code: ArchiveErrorCode,
  message: RegExp,
  limits?: ArchiveLimits,
): Promise<void> {
  const error = await refusal(bytes, limits)
  expect(error.code).toBe(code)
  expect(error.message).toMatch(message)
}

let valid: Map<string, Uint8Array>

beforeAll(async () => {
  valid = await entriesOf(await sampleSnapshot(sha256))
})

/** The sample archive's entries with changes: a value replaces, undefined removes. */
function withEntries(changes: Record<string, Uint8Array | undefined>): Map<string, Uint8Array> {
  const entries = new Map(valid)
  for (const [name, bytes] of Object.entries(changes)) {
    if (bytes === undefined) entries.delete(name)
    else entries.set(name, bytes)
  }
  return entries
}

function json(value: unknown): Uint8Array {
  return strToU8(JSON.stringify(value))
}

function changedJson(name: string, change: (rows: Record<string, unknown>[]) => void): Uint8Array {
  const rows = JSON.parse(new TextDecoder().decode(valid.get(name))) as Record<string, unknown>[]
  change(rows)
  return json(rows)
}

describe('readArchive accepts', () => {
  it('an archive assembled independently of the writer, with the same entries', async () => {
    const contents = await readArchive(await assemble(valid, sha256), undefined, { sha256 })
    expect(contents.data.audits.map((a) => a.id)).toEqual(['audit-1', 'audit-2'])
    const original = contents.files.get('evidence/ev-1/original')!
    expect(await readArchivedFile(contents.source, original)).toEqual(
      valid.get('evidence/ev-1/original'),
    )
  })

  it('the narrative, each part as it was written', async () => {
    const contents = await readArchive(await assemble(valid, sha256), undefined, { sha256 })
    const snapshot = await sampleSnapshot(sha256)
    expect(contents.data.narratives).toEqual(snapshot.data.narratives)
  })

  it('an archive written before narratives existed, read as having none', async () => {
    const older = await assemble(withEntries({ 'narratives.json': undefined }), sha256, {
      manifest: (m) => ({ ...m, formatVersion: 1 }),
    })
    const contents = await readArchive(older, undefined, { sha256 })
    expect(contents.data.narratives).toEqual([])
    expect(contents.data.audits).toHaveLength(2)
  })
})

describe('readArchive refuses, with a clear message', () => {
  it.each([
    ['../x', /“\.\.\/x”, a name Audit Workbook never writes/],
    ['/etc/x', /“\/etc\/x”/],
    ['C:\\x', /“C:\\x”/],
    ['__proto__', /“__proto__”/],
    ['evidence/__proto__/original', /“evidence\/__proto__\/original”/],
    ['evidence/ev-1/../../x', /never writes/],
    ['evidence\\ev-1\\original', /never writes/],
    ['answers.json/', /never writes/],
    ['Answers.json', /never writes/],
  ])('an entry named %s', async (name, message) => {
    // Listed in the manifest with its true hash: only the name is wrong.
    const archive = await assemble(
      [...valid]
        .map(([n, bytes]) => ({ name: n, bytes }))
        .concat({ name, bytes: strToU8('owned') }),
      sha256,
    )
    await expectRefused(archive, 'unsafe-name', message)
  })

  it('a duplicate entry name', async () => {
    const items = [...valid].map(([name, bytes]) => ({ name, bytes }))
    const archive = await assemble([...items, { name: 'answers.json', bytes: json([]) }], sha256)
    await expectRefused(archive, 'duplicate-name', /two entries named “answers\.json”/)
  })

  it('a zip bomb: an entry that would expand far beyond its compressed size', async () => {
    // 8 MB of zeros deflate to about 8 KB: a thousandfold, far past the 200× limit. (A bigger
    // bomb proves nothing more, and deflating it made the test outlast its timeout under load.)
    const bomb = new Uint8Array(8 * 1024 * 1024)
    const archive = zipOf([
      ...[...valid].map(([name, bytes]) => ({ name, bytes })),
      { name: 'evidence/ev-1/page', bytes: bomb, deflate: true },
    ])
    await expectRefused(
      archive,
      'zip-bomb',
      /“evidence\/ev-1\/page” would expand from 8 KB to 8 MB/,
    )
  })

  it('a file larger than an archive may be, naming both sizes', async () => {
    const archive = await assemble(valid, sha256)
    await expectRefused(
      archive,
      'too-large',
      /^The file is \d+(\.\d)? KB, larger than the 1 KB an archive may be\./,
      { ...DEFAULT_ARCHIVE_LIMITS, maxArchiveBytes: 1024 },
    )
  })

  it('contents larger in all than the limit, before inflating any of them', async () => {
    const archive = await assemble(valid, sha256)
    await expectRefused(archive, 'too-large', /more than 8 KB once unpacked/, {
      ...DEFAULT_ARCHIVE_LIMITS,
      maxTotalBytes: 8 * 1024,
    })
  })

  it('an entry that inflates to more than its declared size: inflation stops there', async () => {
    const big = strToU8('Rotation lives in PagerDuty. '.repeat(40_000)) // ~1.1 MB, deflated
    const name = 'evidence/ev-1/original'
    const archive = await assemble(withEntries({ [name]: big }), sha256, {
      deflate: () => true,
      // The manifest agrees with the lie, so only the inflation itself can catch it.
      manifest: (m) => ({
        ...m,
        entries: m.entries.map((e) => (e.name === name ? { ...e, size: 1000 } : e)),
      }),
    })
    const lying = patchDeclaredSize(archive, name, 1000)
    await expectRefused(
      lying,
      'size-mismatch',
      /“evidence\/ev-1\/original” holds more data than it declares/,
    )
  })

  it('a stored entry whose size differs from the one declared', async () => {
    const archive = await assemble(valid, sha256, { deflate: () => false })
    const lying = patchDeclaredSize(archive, 'evidence/ev-1/original', 10)
    await expectRefused(lying, 'size-mismatch', /does not hold the size it declares/)
  })

  it.each([
    ['cut in half', (a: Uint8Array) => a.subarray(0, a.length / 2)],
    ['missing its last byte', (a: Uint8Array) => a.subarray(0, a.length - 1)],
    ['cut just after the first entry header', (a: Uint8Array) => a.subarray(0, 40)],
  ])('a truncated file (%s)', async (_, cut) => {
    const archive = await buildArchive(await sampleSnapshot(sha256), {
      sha256,
      now: NOW,
      appVersion: '0.1.0',
      schemaVersion: 2,
    })
    await expectRefused(cut(archive), 'truncated', /The archive is incomplete/)
  })

  it.each([
    [
      'a PNG',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...sampleBytes(100)]),
    ],
    ['a text file', strToU8('Northwind Traders, Payments platform\n')],
    ['an empty file', new Uint8Array(0)],
  ])('a file that is not a zip (%s)', async (_, bytes) => {
    await expectRefused(
      bytes,
      'not-zip',
      /not (a zip file at all|an Audit Workbook archive)|is empty/,
    )
  })

  it('a zip that is not an Audit Workbook archive', async () => {
    const archive = zipOf([{ name: 'report.docx', bytes: strToU8('hello') }])
    await expectRefused(archive, 'not-archive', /not an Audit Workbook archive/)
  })

  it('an entry whose bytes do not match the SHA-256 in the manifest', async () => {
    const name = 'evidence/ev-1/original'
    const archive = await assemble(valid, sha256, {
      manifest: (m) => ({
        ...m,
        entries: m.entries.map((e) => (e.name === name ? { ...e, sha256: 'a'.repeat(64) } : e)),
      }),
    })
    await expectRefused(
      archive,
      'hash-mismatch',
      /“evidence\/ev-1\/original” does not match the SHA-256/,
    )
  })

  it('evidence bytes changed inside the file after it was written (bit rot)', async () => {
    const archive = await buildArchive(await sampleSnapshot(sha256), {
      sha256,
      now: NOW,
      appVersion: '0.1.0',
      schemaVersion: 2,
    })
    const original = centralRecords(archive).find((r) => r.name === 'evidence/ev-1/original')!
    const localOffset = new DataView(archive.buffer).getUint32(original.at + 42, true)
    const rotten = archive.slice()
    rotten[localOffset + 30 + 'evidence/ev-1/original'.length + 100]! ^= 0xff
    await expectRefused(rotten, 'hash-mismatch', /does not match the SHA-256/)
  })

  it('a future format version', async () => {
    const archive = await assemble(valid, sha256, {
      manifest: (m) => ({ ...m, formatVersion: 4, appVersion: '4.0.0', newField: true }),
    })
    await expectRefused(
      archive,
      'newer-version',
      /^This archive was made by a newer version of Audit Workbook \(4\.0\.0\)\. Its format is version 4; this version of Audit Workbook reads version 3\. Update Audit Workbook/,
    )
  })

  it('a manifest of another format', async () => {
    const archive = await assemble(valid, sha256, { manifest: (m) => ({ ...m, format: 'epub' }) })
    await expectRefused(archive, 'not-archive', /not an Audit Workbook archive/)
  })

  it.each([
    [
      'a missing field',
      'audits.json',
      (rows: Record<string, unknown>[]) => delete rows[0]!.client,
      /in audits\.json, \[0\]\.client is required/,
    ],
    [
      'a mistyped field',
      'audits.json',
      (rows: Record<string, unknown>[]) => (rows[1]!.questionCount = '9'),
      /in audits\.json, \[1\]\.questionCount must be a number/,
    ],
    [
      'a value out of its set',
      'answers.json',
      (rows: Record<string, unknown>[]) => (rows[0]!.rating = 'great'),
      /in answers\.json, \[0\]\.rating must be one of "met", "partial", "not-met", "na"/,
    ],
    [
      'an unknown field',
      'evidence.json',
      (rows: Record<string, unknown>[]) => (rows[0]!.path = '/etc/passwd'),
      /in evidence\.json, \[0\]\.path is not a field Audit Workbook knows/,
    ],
    [
      'a row of an audit the archive does not hold',
      'answers.json',
      (rows: Record<string, unknown>[]) => (rows[0]!.auditId = 'audit-9'),
      /in answers\.json, a row belongs to audit “audit-9”/,
    ],
  ])('JSON with %s', async (_, name, change, message) => {
    const archive = await assemble(withEntries({ [name]: changedJson(name, change) }), sha256)
    await expectRefused(archive, 'invalid-data', message)
  })

  it('JSON that is not JSON', async () => {
    const archive = await assemble(
      withEntries({ 'answers.json': strToU8('[{"auditId": ') }),
      sha256,
    )
    await expectRefused(archive, 'invalid-data', /“answers\.json” is not valid JSON/)
  })

  it('an entry the manifest does not list', async () => {
    const archive = await assemble(valid, sha256, {
      unlisted: [{ name: 'evidence/ev-9/original', bytes: strToU8('smuggled') }],
    })
    await expectRefused(
      archive,
      'extra-entry',
      /holds “evidence\/ev-9\/original”, which its manifest does not list/,
    )
  })

  it('an entry the manifest lists but the zip lacks', async () => {
    const archive = await assemble(valid, sha256, {
      manifest: (m) => ({
        ...m,
        entries: [...m.entries, { name: 'evidence/ev-1/page', size: 3, sha256: 'a'.repeat(64) }],
      }),
    })
    await expectRefused(
      archive,
      'missing-entry',
      /lists “evidence\/ev-1\/page”, which it does not contain/,
    )
  })

  it.each([
    [
      'a link that is not http, https or mailto',
      { text: 'x', link: 'javascript:alert(1)' },
      /must be an http, https or mailto address/,
    ],
    [
      'a mark the editor does not offer',
      { text: 'x', underline: true },
      /underline is not a field/,
    ],
  ])('a narrative with %s', async (_, inline, message) => {
    const narratives = changedJson('narratives.json', (rows) => {
      rows[0]!.doc = { blocks: [{ kind: 'paragraph', inlines: [inline] }] }
    })
    const archive = await assemble(withEntries({ 'narratives.json': narratives }), sha256)
    await expectRefused(archive, 'invalid-data', message)
  })

  it('two copies of one part of a narrative', async () => {
    const narratives = changedJson('narratives.json', (rows) => rows.push({ ...rows[0]! }))
    const archive = await assemble(withEntries({ 'narratives.json': narratives }), sha256)
    await expectRefused(
      archive,
      'invalid-data',
      /in narratives\.json, the part “audit-2\/executive-summary” appears twice/,
    )
  })

  it('a narrative of an audit the archive does not hold', async () => {
    const narratives = changedJson('narratives.json', (rows) => (rows[0]!.auditId = 'audit-9'))
    const archive = await assemble(withEntries({ 'narratives.json': narratives }), sha256)
    await expectRefused(archive, 'invalid-data', /belongs to audit “audit-9”/)
  })

  it('a data entry missing altogether', async () => {
    const archive = await assemble(withEntries({ 'settings.json': undefined }), sha256)
    await expectRefused(archive, 'missing-entry', /it has no “settings\.json”/)
  })

  it('evidence bytes without their description', async () => {
    const archive = await assemble(withEntries({ 'evidence/ev-1/page': sampleBytes(10) }), sha256)
    await expectRefused(archive, 'invalid-data', /“evidence\/ev-1\/page” is not described/)
  })

  it('more entries than the limit, counted from the directory before anything is inflated', async () => {
    const four = zipOf(
      ['a', 'b', 'c', 'd'].map((id) => ({
        name: `evidence/${id}/original`,
        bytes: new Uint8Array(0),
      })),
    )
    await expectRefused(four, 'too-many-entries', /more than 3 entries/, {
      ...DEFAULT_ARCHIVE_LIMITS,
      maxEntries: 3,
    })
    // Three are fine as far as the count goes (the archive fails later, for its missing manifest).
    await expectRefused(
      zipOf(
        ['a', 'b', 'c'].map((id) => ({
          name: `evidence/${id}/original`,
          bytes: new Uint8Array(0),
        })),
      ),
      'not-archive',
      /no manifest/,
      {
        ...DEFAULT_ARCHIVE_LIMITS,
        maxEntries: 3,
      },
    )
  })

  it('an archive of 100,001 entries', { timeout: 60_000 }, async () => {
    const items = Array.from({ length: 100_001 }, (_, i) => ({
      name: `evidence/e${i}/original`,
      bytes: new Uint8Array(0),
    }))
    const archive = zipOf(items)
    await expectRefused(archive, 'too-many-entries', /more than 100,000 entries/)
  })

  it('an entry whose local header disagrees with the directory', async () => {
    const archive = await assemble(valid, sha256)
    const records = centralRecords(archive)
    const [first, second] = [records[0]!, records[1]!]
    const view = new DataView(archive.buffer)
    // The second directory record now points at the first entry's data.
    view.setUint32(second.at + 42, view.getUint32(first.at + 42, true), true)
    await expectRefused(archive, 'damaged', /described two different ways/)
  })
})

describe('readArchive binds each evidence item to the bytes it was captured with', () => {
  const ORIGINAL = 'evidence/ev-1/original'

  /** The sample with the evidence item (and its files) changed; the manifest is recomputed. */
  async function withEvidence(
    change: (item: Record<string, unknown>, files: Record<string, unknown>[]) => void,
    entries: Record<string, Uint8Array | undefined> = {},
  ): Promise<Uint8Array> {
    const items = JSON.parse(new TextDecoder().decode(valid.get('evidence.json'))) as Record<
      string,
      unknown
    >[]
    const files = JSON.parse(new TextDecoder().decode(valid.get('evidence-files.json'))) as Record<
      string,
      unknown
    >[]
    change(items[0]!, files)
    return assemble(
      withEntries({
        'evidence.json': json(items),
        'evidence-files.json': json(files),
        ...entries,
      }),
      sha256,
    )
  }

  const named = /the evidence “rota ev-1\.png” \(ev-1\)/

  it.each([
    [
      'bytes swapped for others of the same size',
      () => withEvidence(() => undefined, { [ORIGINAL]: sampleBytes(2048, 99) }),
      /SHA-256 is not the one recorded when it was captured/,
    ],
    [
      'bytes swapped for others of another size',
      () => withEvidence(() => undefined, { [ORIGINAL]: sampleBytes(10, 99) }),
      /holds 10 bytes, not the 2048 it was captured with/,
    ],
    [
      'an item with no bytes at all',
      () =>
        withEvidence(
          (item, files) => {
            item.renditions = []
            files.length = 0
          },
          { [ORIGINAL]: undefined, 'evidence/ev-1/thumbnail': undefined },
        ),
      /comes without its file/,
    ],
    [
      'an item whose original is missing but a rendition is there',
      () => withEvidence((_, files) => files.splice(0, 1), { [ORIGINAL]: undefined }),
      /comes without its file/,
    ],
    [
      'a rendition the item lists but the archive lacks',
      () => withEvidence((item) => (item.renditions = ['thumbnail', 'page'])),
      /lacks its page image/,
    ],
    [
      'a rendition the item does not list',
      () => withEvidence((item) => (item.renditions = [])),
      /holds a thumbnail image it does not list/,
    ],
    [
      'a file of another media type than the item',
      () => withEvidence((_, files) => (files[0]!.mediaType = 'text/html')),
      /holds a file of type “text\/html”, not the “image\/png” it was captured as/,
    ],
    [
      'an address on an item that is not a link',
      () => withEvidence((item) => (item.url = 'https://example.com/')),
      /has an address, but only a link has one/,
    ],
  ])('refuses %s, naming the item', async (_, build, message) => {
    const error = await refusal(await build())
    expect(error.code).toBe('evidence-mismatch')
    expect(error.message).toMatch(named)
    expect(error.message).toMatch(message)
  })

  /** The sample's item turned into a link to `url`, its bytes being `bytes` (the URL itself). */
  async function linkTo(url: string, bytes = strToU8(url)): Promise<Uint8Array> {
    return withEvidence(
      (item, files) => {
        Object.assign(item, {
          kind: 'link',
          fileName: 'rota ev-1.png',
          mediaType: 'text/uri-list',
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          url,
          renditions: [],
        })
        files.splice(0, files.length, {
          evidenceId: 'ev-1',
          role: 'original',
          mediaType: 'text/uri-list',
        })
      },
      { [ORIGINAL]: bytes, 'evidence/ev-1/thumbnail': undefined },
    )
  }

  it('accepts a link to a web address, as capture does', async () => {
    const contents = await readArchive(await linkTo('https://wiki.example.com/rota'), undefined, {
      sha256,
    })
    expect(contents.data.evidence[0]!.url).toBe('https://wiki.example.com/rota')
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox'],
    ['ftp:', 'ftp://files.example.com/rota'],
    ['no address at all', 'not an address'],
    ['an address longer than capture allows', `https://example.com/${'a'.repeat(2100)}`],
  ])('refuses a link to %s, as capture would', async (_, url) => {
    const error = await refusal(await linkTo(url))
    expect(error.code).toBe('evidence-mismatch')
    expect(error.message).toMatch(named)
  })

  it('refuses a link whose bytes are not its address', async () => {
    const error = await refusal(
      await linkTo('https://wiki.example.com/rota', strToU8('https://elsewhere.example.com/')),
    )
    expect(error.message).toMatch(/is a link whose file does not hold its address/)
  })
})

describe('readArchive holds an archive to what it says it holds', () => {
  const packRow = (id: string, version: string) => ({
    id,
    version,
    installedAt: NOW,
    pack: {
      ...builtinPack,
      id,
      version,
      title: 'Acme delivery',
      sections: [{ ...builtinPack.sections[0]!, id: 'release-management' }],
    },
  })
  const chosenAudits = (m: ArchiveManifest) => ({ ...m, scope: 'audits' })

  it.each([
    [
      'a setting',
      {},
      /holds the setting “profile”; settings come only from a backup of everything/,
    ],
    [
      'a content pack',
      { 'settings.json': json([]), 'packs.json': json([packRow('acme', '1.0.0')]) },
      /holds the content pack “Acme delivery”; packs come only from a backup of everything/,
    ],
  ])('refuses an archive of chosen audits that brings %s', async (_, entries, message) => {
    const archive = await assemble(withEntries(entries), sha256, { manifest: chosenAudits })
    await expectRefused(archive, 'global-content', message)
  })

  it('accepts an archive of chosen audits that brings only audits', async () => {
    const archive = await assemble(withEntries({ 'settings.json': json([]) }), sha256, {
      manifest: chosenAudits,
    })
    const contents = await readArchive(archive, undefined, { sha256 })
    expect(contents.manifest.scope).toBe('audits')
  })

  it.each(['1.0.0', '9.0.0', '0.0.1'])(
    'refuses a pack under the built-in pack’s id, at version %s',
    async (version) => {
      const archive = await assemble(
        withEntries({ 'packs.json': json([packRow(builtinPack.id, version)]) }),
        sha256,
      )
      await expectRefused(
        archive,
        'global-content',
        /under the id "audit-workbook-core" of the built-in pack, whose content comes only with Audit Workbook itself/,
      )
    },
  )
})

describe('readArchive refuses what would cost more than the archive is worth', () => {
  it('names the first problem precisely among many rows, without validating the rest', async () => {
    const answer = JSON.parse(new TextDecoder().decode(valid.get('answers.json')))[0] as object
    const rows = Array.from({ length: 50_000 }, (_, i) =>
      i === 0 ? answer : { ...answer, auditId: 7 },
    )
    const archive = await assemble(withEntries({ 'answers.json': json(rows) }), sha256, {
      deflate: () => false,
    })
    const error = await refusal(archive)
    expect(error.message).toMatch(/in answers\.json, \[1\]\.auditId must be text\. Nothing/)
    expect(error.message).not.toMatch(/\[2\]/)
  })

  it.each([
    ['audits.json', `[${'['.repeat(100)}${']'.repeat(100)}]`],
    ['settings.json', `[{"key":"profile","value":${'{"a":'.repeat(100)}1${'}'.repeat(100)}}]`],
  ])('JSON nested deeper than any Audit Workbook writes, in %s', async (name, text) => {
    const archive = await assemble(withEntries({ [name]: strToU8(text) }), sha256)
    await expectRefused(
      archive,
      'invalid-data',
      new RegExp(`“${name.replace('.', '\\.')}” is nested more than 64 levels deep`),
    )
  })

  it('a data entry that is not a list', async () => {
    const archive = await assemble(withEntries({ 'answers.json': json({ rows: [] }) }), sha256)
    await expectRefused(
      archive,
      'invalid-data',
      /in answers\.json, the whole entry must be an array/,
    )
  })

  it('a data entry far denser than rows of data', async () => {
    const archive = await assemble(
      withEntries({ 'answers.json': strToU8(`[${'[],'.repeat(100_000)}[]]`) }),
      sha256,
    )
    await expectRefused(
      archive,
      'invalid-data',
      /“answers\.json” holds far more values for its size than Audit Workbook ever writes/,
    )
  })

  it('a manifest larger than a list of its entries needs, before inflating it', async () => {
    const archive = await assemble(valid, sha256, {
      manifest: (m) => ({ ...m, padding: ' '.repeat(64 * 1024) }),
    })
    await expectRefused(
      archive,
      'too-large',
      /its manifest would be 65.5 KB, far more than a list of its 13 entries needs/,
    )
  })

  it('a manifest listing far more entries than the archive holds', async () => {
    const archive = await assemble(valid, sha256, {
      manifest: (m) => ({
        ...m,
        entries: [...m.entries, ...Array.from({ length: 20 }, () => ({}))],
      }),
    })
    await expectRefused(
      archive,
      'invalid-data',
      /its manifest lists 32 entries, but the archive holds 12 besides it/,
    )
  })

  it('a JSON entry deflated far beyond what the writer ever does', async () => {
    const notes = 'x'.repeat(2 * 1024 * 1024)
    const rows = changedJson('answers.json', (r) => (r[0]!.notes = notes))
    const archive = await assemble(withEntries({ 'answers.json': rows }), sha256)
    await expectRefused(archive, 'zip-bomb', /“answers\.json” would expand from 2.4 KB to 2 MB/)
  })
})
