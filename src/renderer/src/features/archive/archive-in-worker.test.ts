import { describe, expect, it } from 'vitest'
import { hostileArchives } from '@core/archive/test-support/hostile-archives'
import { builtinPack } from '@core/content'
import { DEFAULT_REPORT_OPTIONS } from '@core/report/build/input'
import { memorySink } from '@core/zip/stream-zip'
import { sha256Hex } from '../../platform/sha256'
import type { WorkbookDatabase } from '../../db/database'
import { createAudit } from '../../db/repositories/audits'
import { saveSetting } from '../../db/repositories/settings'
import {
  brandingSetting,
  evidenceSizeLimitSetting,
  profileSetting,
  reportOptionsSetting,
  sheetMappingsSetting,
} from '../../db/settings/known-settings'
import { dumpDatabase } from '../../db/test-support/dump-database'
import { draftFor, fakeClock, freshDatabase } from '../../db/test-support/fixtures'
import { checkArchiveJob, exportArchiveJob, importArchiveJob } from './archive-jobs'
import {
  checkArchiveFile,
  describeRefusal,
  importCheckedArchive,
  writeArchiveFile,
} from './archive-in-worker'

const NOW = Date.UTC(2026, 10, 28, 9, 0)
const request = { selection: 'everything', now: NOW, appVersion: '0.1.0' } as const

/** The archive the export writes, gathered in memory. */
async function exportArchiveBytes(
  db: Parameters<typeof writeArchiveFile>[0],
  exported: Parameters<typeof writeArchiveFile>[1],
  onProgress: Parameters<typeof writeArchiveFile>[3],
): Promise<Uint8Array<ArrayBuffer>> {
  const file = memorySink()
  const size = await writeArchiveFile(db, exported, file.sink, onProgress)
  expect(exportArchiveJob.output.safeParse({ bytes: size }).success).toBe(true)
  return file.bytes()
}

async function withAudit(): Promise<WorkbookDatabase> {
  const db = await freshDatabase()
  await saveSetting(db, profileSetting, { auditorName: 'Ana Ruiz', firm: 'Ruiz Consulting' })
  await createAudit(db, draftFor(builtinPack), [builtinPack], fakeClock())
  return db
}

describe('the archive worker’s work', () => {
  it('lists every global change a backup brings, with the value now and the one it brings', async () => {
    const source = await withAudit()
    await saveSetting(source, reportOptionsSetting, {
      ...DEFAULT_REPORT_OPTIONS,
      marking: 'Secret',
      includeNotes: false,
    })
    await saveSetting(source, brandingSetting, {
      accentColor: '00aa55',
      logo: { bytes: new Uint8Array([1, 2, 3]), type: 'png', width: 40, height: 20 },
    })
    await saveSetting(source, evidenceSizeLimitSetting, 100 * 1024 * 1024)
    await saveSetting(source, sheetMappingsSetting, [
      { shapeKey: 'ask|hint', columns: { prompt: 0 } },
    ])
    const bytes = await exportArchiveBytes(source, request, () => undefined)

    const target = await freshDatabase()
    await saveSetting(target, profileSetting, { auditorName: 'Bea Chen', firm: '' }) // set here: kept as it is
    const before = await dumpDatabase(target)
    const { preview } = await checkArchiveFile(target, new Blob([bytes]), () => undefined)
    expect(preview.settingChanges).toEqual([
      { setting: 'Marking', from: '“Confidential”', to: '“Secret”' },
      { setting: 'Notes in the report', from: 'included', to: 'left out' },
      { setting: 'Accent colour', from: '#1F5F8B', to: '#00AA55' },
      { setting: 'Report logo', from: 'none', to: 'a PNG logo, 40 × 20' },
      { setting: 'Largest evidence file', from: '250 MB', to: '100 MB' },
      { setting: 'Workbook import', from: '0 saved column mappings', to: '1 saved column mapping' },
    ])
    expect(await dumpDatabase(target)).toEqual(before)
  })

  it('brings nothing global from an archive of chosen audits', async () => {
    const source = await withAudit()
    await saveSetting(source, reportOptionsSetting, {
      ...DEFAULT_REPORT_OPTIONS,
      marking: 'Secret',
    })
    const [audit] = (await dumpDatabase(source)).audits as Array<{ id: string }>
    const one = { ...request, selection: { auditIds: [audit!.id] } }
    const bytes = await exportArchiveBytes(source, one, () => undefined)

    const target = await freshDatabase()
    const { preview, contents } = await checkArchiveFile(target, new Blob([bytes]), () => undefined)
    expect(preview).toMatchObject({ scope: 'audits', settingChanges: [], packs: [] })
    await importCheckedArchive(target, contents)
    const after = await dumpDatabase(target)
    expect(after.settings).toHaveLength(0)
    expect(after.audits).toHaveLength(1)
  })

  it('exports, checks into a preview without writing, then imports in another database', async () => {
    const source = await withAudit()
    const progress: number[] = []
    const bytes = await exportArchiveBytes(source, request, (p) => progress.push(p.done))
    expect(progress.at(-1)).toBe(bytes.length)

    const target = await freshDatabase()
    const checked = await checkArchiveFile(target, new Blob([bytes]), () => undefined)
    expect(checked.preview).toMatchObject({
      appVersion: '0.1.0',
      createdAt: new Date(NOW).toISOString(),
      archiveBytes: bytes.length,
      evidenceCount: 0,
      scope: 'everything',
      settingChanges: [
        { setting: 'Auditor name', from: 'not set', to: '“Ana Ruiz”' },
        { setting: 'Firm', from: 'not set', to: '“Ruiz Consulting”' },
      ],
    })
    expect(checked.preview.audits.map((a) => [a.client, a.copied])).toEqual([
      ['Northwind Traders', false],
    ])
    expect((await dumpDatabase(target)).audits).toHaveLength(0)

    const imported = await importCheckedArchive(target, checked.contents)
    expect(imported.audits.map((a) => a.id)).toEqual(await target.audits.toCollection().keys())
  })

  it('refuses a hostile archive with its reason and writes nothing', async () => {
    const db = await withAudit()
    const before = await dumpDatabase(db)
    const [hostile] = await hostileArchives(sha256Hex, ['an entry named ../x'])
    const refusal = await checkArchiveFile(
      db,
      new Blob([hostile!.bytes as Uint8Array<ArrayBuffer>]),
      () => undefined,
    ).then(() => 'accepted', describeRefusal)
    expect(refusal).toMatch(/^The archive holds an entry named “\.\.\/x”.*Nothing was imported\.$/)
    expect(await dumpDatabase(db)).toEqual(before)
  })

  it('says what went wrong when the failure is not the archive’s', () => {
    expect(describeRefusal(new Error('disk on fire'))).toBe(
      'The archive could not be read (disk on fire). Nothing was imported.',
    )
  })
})

describe('requests to the archive worker', () => {
  const inputs = { export: exportArchiveJob, check: checkArchiveJob, import: importArchiveJob }
  const accepts = (kind: keyof typeof inputs, input: unknown) =>
    inputs[kind].input.safeParse(input).success

  it('accepts the three requests, with the file to write as a stream, the archive as a file', () => {
    const output = new WritableStream<Uint8Array>()
    expect(accepts('export', { ...request, output })).toBe(true)
    expect(
      accepts('export', { selection: { auditIds: ['a'] }, now: NOW, appVersion: '1', output }),
    ).toBe(true)
    expect(accepts('export', request)).toBe(false) // nowhere to write it
    expect(accepts('check', { file: new Blob([new Uint8Array(4)]) })).toBe(true)
    expect(accepts('import', {})).toBe(true)
  })

  it('refuses anything else', () => {
    for (const kind of ['export', 'check', 'import'] as const) {
      expect(accepts(kind, undefined)).toBe(false)
      expect(accepts(kind, 'check')).toBe(false)
    }
    expect(accepts('check', { file: new Uint8Array(4) })).toBe(false)
    expect(accepts('check', { bytes: new ArrayBuffer(4) })).toBe(false)
    expect(accepts('check', { file: new Blob([]), extra: true })).toBe(false)
    expect(accepts('export', { selection: 'some', now: NOW, appVersion: '1' })).toBe(false)
    expect(accepts('import', { kind: 'delete' })).toBe(false)
  })
})

describe('answers of the archive worker', () => {
  it('a preview and an import pass the schemas the page checks them with', async () => {
    const source = await withAudit()
    await saveSetting(source, reportOptionsSetting, {
      ...DEFAULT_REPORT_OPTIONS,
      marking: 'Secret',
    })
    const bytes = await exportArchiveBytes(source, request, () => undefined)

    // Into the source itself: every audit comes in as a copy, and packs are already installed.
    const checked = await checkArchiveFile(source, new Blob([bytes]), () => undefined)
    expect(checked.preview.audits.every((a) => a.copied)).toBe(true)
    expect(checkArchiveJob.output.parse(checked.preview)).toEqual(checked.preview)
    const imported = await importCheckedArchive(source, checked.contents)
    expect(importArchiveJob.output.parse(imported)).toEqual(imported)
  })
})
