import { strToU8 } from 'fflate'
import { builtinPack } from '../../content/builtin'
import type { ArchiveErrorCode } from '../errors'
import { ARCHIVE_FORMAT_VERSION } from '../format'
import type { Sha256 } from '../types'
import { buildArchive } from '../write-archive'
import {
  NOW,
  assemble,
  entriesOf,
  patchDeclaredSize,
  sampleBytes,
  sampleSnapshot,
  zipOf,
} from './archive-fixtures'

export interface HostileArchive {
  label: string
  code: ArchiveErrorCode
  bytes: Uint8Array
}

interface Recipe {
  label: string
  code: ArchiveErrorCode
  build(context: Context): Promise<Uint8Array> | Uint8Array
}

interface Context {
  sha256: Sha256
  valid: Map<string, Uint8Array>
  items: { name: string; bytes: Uint8Array }[]
  built: Uint8Array
}

const withName = (name: string) => (c: Context) =>
  assemble([...c.items, { name, bytes: strToU8('x') }], c.sha256)

const changedAudits = (change: (rows: Record<string, unknown>[]) => void) => (c: Context) => {
  const text = new TextDecoder().decode(c.valid.get('audits.json'))
  const rows = JSON.parse(text) as Record<string, unknown>[]
  change(rows)
  return assemble(new Map([...c.valid, ['audits.json', strToU8(JSON.stringify(rows))]]), c.sha256)
}

const LYING = 'evidence/ev-1/original'

/** The sample with its evidence item and files changed, and the manifest made to agree. */
const changedEvidence =
  (
    change: (item: Record<string, unknown>, files: Record<string, unknown>[]) => void,
    entries: Record<string, Uint8Array | undefined> = {},
  ) =>
  (c: Context) => {
    const rows = (name: string) =>
      JSON.parse(new TextDecoder().decode(c.valid.get(name))) as Record<string, unknown>[]
    const [items, files] = [rows('evidence.json'), rows('evidence-files.json')]
    change(items[0]!, files)
    const changed = new Map(c.valid)
    changed.set('evidence.json', strToU8(JSON.stringify(items)))
    changed.set('evidence-files.json', strToU8(JSON.stringify(files)))
    for (const [name, bytes] of Object.entries(entries))
      if (bytes === undefined) changed.delete(name)
      else changed.set(name, bytes)
    return assemble(changed, c.sha256)
  }

/**
 * One recipe for each way PRODUCT.md §10 and issues 7 and 12 say a file may be damaged or hostile,
 * for tests that check the refusal, and that it leaves the database as it was. (The settings
 * recipes pass `readArchive`, which knows no settings: the importer refuses them, before writing.)
 */
const RECIPES: Recipe[] = [
  { label: 'an entry named ../x', code: 'unsafe-name', build: withName('../x') },
  { label: 'an entry named /etc/x', code: 'unsafe-name', build: withName('/etc/x') },
  { label: 'an entry named C:\\x', code: 'unsafe-name', build: withName('C:\\x') },
  { label: 'an entry named __proto__', code: 'unsafe-name', build: withName('__proto__') },
  {
    label: 'a duplicate entry name',
    code: 'duplicate-name',
    build: (c) => assemble([...c.items, { name: 'answers.json', bytes: strToU8('[]') }], c.sha256),
  },
  {
    label: 'a zip bomb',
    code: 'zip-bomb',
    build: (c) =>
      zipOf([
        ...c.items,
        { name: 'evidence/ev-1/page', bytes: new Uint8Array(64 * 1024 * 1024), deflate: true },
      ]),
  },
  {
    label: 'an entry inflating beyond its declared size',
    code: 'size-mismatch',
    build: async (c) => {
      const archive = await assemble(
        new Map([...c.valid, [LYING, strToU8('PagerDuty rota. '.repeat(70_000))]]),
        c.sha256,
        {
          deflate: () => true,
          manifest: (m) => ({
            ...m,
            entries: m.entries.map((e) => (e.name === LYING ? { ...e, size: 1000 } : e)),
          }),
        },
      )
      return patchDeclaredSize(archive, LYING, 1000)
    },
  },
  {
    label: 'a truncated file',
    code: 'truncated',
    build: (c) => c.built.subarray(0, c.built.length / 2),
  },
  { label: 'a file that is not a zip', code: 'not-zip', build: () => strToU8('Northwind Traders') },
  {
    label: 'a wrong hash',
    code: 'hash-mismatch',
    build: (c) =>
      assemble(c.valid, c.sha256, {
        manifest: (m) => ({
          ...m,
          entries: m.entries.map((e) => ({ ...e, sha256: 'f'.repeat(64) })),
        }),
      }),
  },
  {
    label: 'a future format version',
    code: 'newer-version',
    build: (c) =>
      assemble(c.valid, c.sha256, {
        manifest: (m) => ({ ...m, formatVersion: ARCHIVE_FORMAT_VERSION + 1 }),
      }),
  },
  {
    label: 'JSON with a missing field',
    code: 'invalid-data',
    build: changedAudits((rows) => delete rows[0]!.client),
  },
  {
    label: 'JSON with a mistyped field',
    code: 'invalid-data',
    build: changedAudits((rows) => (rows[0]!.createdAt = 'yesterday')),
  },
  {
    label: 'evidence bytes swapped, with the manifest recomputed',
    code: 'evidence-mismatch',
    build: changedEvidence(() => undefined, { [LYING]: sampleBytes(2048, 99) }),
  },
  {
    label: 'an evidence item without its bytes',
    code: 'evidence-mismatch',
    build: changedEvidence(
      (item, files) => {
        item.renditions = []
        files.length = 0
      },
      { [LYING]: undefined, 'evidence/ev-1/thumbnail': undefined },
    ),
  },
  {
    label: 'a link to a javascript: address',
    code: 'evidence-mismatch',
    build: changedEvidence(
      (item, files) => {
        const url = 'javascript:alert(1)'
        Object.assign(item, { kind: 'link', url, mediaType: 'text/uri-list', renditions: [] })
        files.splice(0, files.length, {
          evidenceId: 'ev-1',
          role: 'original',
          mediaType: 'text/uri-list',
        })
      },
      { 'evidence/ev-1/thumbnail': undefined },
    ),
  },
  {
    label: 'an archive of chosen audits that brings settings',
    code: 'global-content',
    build: (c) => assemble(c.valid, c.sha256, { manifest: (m) => ({ ...m, scope: 'audits' }) }),
  },
  {
    label: 'a pack under the built-in pack’s id',
    code: 'global-content',
    build: (c) => {
      const pack = { ...builtinPack, version: '9.0.0', title: 'Audit Workbook core library' }
      const row = { id: pack.id, version: pack.version, installedAt: NOW, pack }
      return assemble(
        new Map([...c.valid, ['packs.json', strToU8(JSON.stringify([row]))]]),
        c.sha256,
      )
    },
  },
  ...(
    [
      [
        'a setting whose bytes are not base64',
        'reportBranding',
        {
          accentColor: '1F5F8B',
          logo: { bytes: { $base64: '%%%' }, type: 'png', width: 1, height: 1 },
        },
      ],
      ['a setting of the wrong shape', 'evidenceSizeLimit', 'all of it'],
      ['a setting Audit Workbook does not know', 'autoUpdateUrl', 'https://example.com/'],
    ] as const
  ).map(([label, key, value]): Recipe => ({
    label,
    code: 'invalid-data',
    build: (c) =>
      assemble(
        new Map([...c.valid, ['settings.json', strToU8(JSON.stringify([{ key, value }]))]]),
        c.sha256,
      ),
  })),
  {
    label: 'an archive of 100,001 entries',
    code: 'too-many-entries',
    build: () =>
      zipOf(
        Array.from({ length: 100_001 }, (_, i) => ({
          name: `evidence/e${i}/original`,
          bytes: new Uint8Array(0),
        })),
      ),
  },
]

async function context(sha256: Sha256): Promise<Context> {
  const snapshot = await sampleSnapshot(sha256)
  const valid = await entriesOf(snapshot)
  return {
    sha256,
    valid,
    items: [...valid].map(([name, bytes]) => ({ name, bytes })),
    built: await buildArchive(snapshot, {
      sha256,
      now: NOW,
      appVersion: '0.1.0',
      schemaVersion: 2,
    }),
  }
}

/** Every hostile archive; or, given labels, only those (building the big ones takes seconds). */
export async function hostileArchives(
  sha256: Sha256,
  labels?: readonly string[],
): Promise<HostileArchive[]> {
  const c = await context(sha256)
  const chosen = labels ? RECIPES.filter((r) => labels.includes(r.label)) : RECIPES
  const archives: HostileArchive[] = []
  for (const recipe of chosen)
    archives.push({ label: recipe.label, code: recipe.code, bytes: await recipe.build(c) })
  return archives
}
