import {
  decodeArchivedSettings,
  evidenceEntryName,
  planImport,
  isStored,
  readArchivedFile,
  type ArchiveContents,
  type ArchiveData,
  type ArchivedFile,
  type ArchiveProgress,
  type ImportPlan,
  type PlannedFile,
  type TakenIds,
} from '@core/archive'
import Dexie from 'dexie'
import { builtinPack } from '@core/content'
import type { EvidenceBlobRole } from '@core/evidence/model'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../database'
import { systemClock, type Clock } from './clock'
import { KNOWN_SETTINGS } from '../settings/known-settings'
import type { BlobSource } from '../../platform/blob-source'
import { readBlobInto } from '../../platform/read-blob-into'
import { sha256Hex } from '../../platform/sha256'

/**
 * The database side of an import: a thin layer over `planImport`. Everything is written in one
 * transaction with `bulkAdd`, which never replaces a row, so an import either lands whole or not
 * at all, and nothing already here is overwritten.
 */

/** What an archive's settings are checked with: the app's own settings, declared once. */
const SETTING_SCHEMAS = new Map(KNOWN_SETTINGS.map((setting) => [setting.key, setting.schema]))

/** Read back together when checking what was written (a few files, or one large one). */
const VERIFY_TOGETHER_BYTES = 16 * 1024 * 1024
/** Files of a group read back side by side. */
const VERIFY_LANES = 8

/** Consecutive groups of items holding about VERIFY_TOGETHER_BYTES each. */
function batches<T>(items: readonly T[], sizeOf: (item: T) => number): T[][] {
  const groups: T[][] = [[]]
  let size = 0
  for (const item of items) {
    if (size > VERIFY_TOGETHER_BYTES) {
      groups.push([])
      size = 0
    }
    groups.at(-1)!.push(item)
    size += sizeOf(item)
  }
  return groups
}

/**
 * An evidence file to store, as a Blob: a slice of the archive file when it lies there as it is
 * (always, in the app's own archives), so its bytes go from disk to the database without passing
 * through memory; inflated otherwise (a zip tool recompressed it).
 */
async function fileBlob(source: BlobSource, file: ArchivedFile, type: string): Promise<Blob> {
  if (isStored(file)) return source.blob.slice(file.start, file.start + file.size, type)
  const bytes = await readArchivedFile(source, file)
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type })
}

/**
 * The archive's ids already in use here, and the packs and settings installed: all an import can
 * collide with. Only the archive's own ids are looked up, so it costs the same whatever the
 * workbook holds. Run inside a transaction over the tables it reads.
 */
async function readTakenIds(db: WorkbookDatabase, data: ArchiveData): Promise<TakenIds> {
  // One request per id, all sent at once: IndexedDB answers them in a row, where a cursor over
  // a list of ids would wait for each step's answer before asking for the next.
  const present = <T>(ids: readonly T[], count: (id: T) => PromiseLike<number>) =>
    Promise.all(ids.map(async (id) => ((await count(id)) > 0 ? [id] : []))).then((found) =>
      found.flat(),
    )
  const auditIds = data.audits.map((audit) => audit.id)
  const auditTables = [
    db.answers,
    db.preparationAnswers,
    db.findingEdits,
    db.evidence,
    db.narratives,
  ] as const
  const [audits, contents, keyed, items, bytes, packs, settingKeys] = await Promise.all([
    present(auditIds, (id) => db.audits.where(':id').equals(id).count()),
    present(auditIds, (id) => db.auditContents.where(':id').equals(id).count()),
    Promise.all(
      auditTables.map((table) =>
        present(auditIds, (id) => table.where('auditId').equals(id).count()),
      ),
    ),
    present(data.evidence, ({ id }) => db.evidence.where(':id').equals(id).count()),
    // Bytes of any role of these items, even bytes whose item is gone.
    present(data.evidence, ({ id }) =>
      db.evidenceBlobs
        .where(':id')
        .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
        .count(),
    ),
    db.packs.toArray(),
    db.settings.toCollection().primaryKeys(),
  ])
  const sectionPacks = new Map<string, string>()
  for (const pack of [builtinPack, ...packs.map((row) => row.pack)])
    for (const section of pack.sections) sectionPacks.set(section.id, pack.id)
  return {
    auditIds: new Set([audits, contents, ...keyed].flat()),
    evidenceIds: new Set([...items, ...bytes].map(({ id }) => id)),
    packs: new Set(packs.map((row) => `${row.id}@${row.version}`)),
    sectionPacks,
    settingKeys: new Set(settingKeys),
  }
}

/** What an import would do now, for the user to confirm, and the settings it would add. */
export interface PreviewedImport extends ImportPlan {
  /** The settings it adds (only those not set here), as the database would keep them. */
  settings: ReadonlyMap<string, unknown>
}

/**
 * What an import would do now, for the user to confirm: which audits come in as copies, which
 * packs and settings it adds. Every setting is decoded and checked here, before anything else.
 */
export async function previewImport(
  db: WorkbookDatabase,
  contents: ArchiveContents,
): Promise<PreviewedImport> {
  const decoded = decodeArchivedSettings(contents.data.settings, SETTING_SCHEMAS)
  const taken = await db.transaction('r', db.tables, () => readTakenIds(db, contents.data))
  let n = 0
  const plan = planImport(contents.data, taken, () => `preview-${++n}`)
  return {
    ...plan,
    settings: new Map(plan.data.settings.map(({ key }) => [key, decoded.get(key)])),
  }
}

/**
 * Writes a validated archive's contents, in one transaction, or nothing. Audits whose ids are in
 * use come in as copies marked "(imported)". Afterwards every evidence blob is read back and its
 * SHA-256 checked (PRODUCT.md §13); if the disk did not keep one, the whole import is taken out.
 */
export async function importArchive(
  db: WorkbookDatabase,
  contents: ArchiveContents<BlobSource>,
  clock: Clock = systemClock,
  onProgress: (progress: ArchiveProgress) => void = () => undefined,
): Promise<ImportPlan> {
  // Made before the transaction: it must not wait on anything but the database, and a setting
  // that cannot be kept is refused before anything is written. (This runs in the archive
  // worker, so there is no window to give turns to.)
  const settings = decodeArchivedSettings(contents.data.settings, SETTING_SCHEMAS)
  const blobs = new Map<string, Blob>()
  for (const meta of contents.data.evidenceFiles) {
    const name = evidenceEntryName(meta.evidenceId, meta.role)
    const file = contents.files.get(name)
    if (!file) throw new Error(`The bytes of ${name} are missing.`)
    blobs.set(name, await fileBlob(contents.source, file, meta.mediaType))
  }

  const plan = await db.transaction('rw', db.tables, async () => {
    const plan = planImport(contents.data, await readTakenIds(db, contents.data), () =>
      clock.newId(),
    )
    const { data } = plan
    await db.audits.bulkAdd(data.audits)
    await db.auditContents.bulkAdd(data.auditContents)
    await db.answers.bulkAdd(data.answers)
    await db.preparationAnswers.bulkAdd(data.preparationAnswers)
    await db.findingEdits.bulkAdd(data.findingEdits)
    await db.narratives.bulkAdd(data.narratives)
    await db.evidence.bulkAdd(data.evidence)
    // All at once, so IndexedDB has every write in hand and can pipeline them.
    await db.evidenceBlobs.bulkAdd(
      plan.files.map(({ entryName, meta }) => ({ ...meta, blob: blobs.get(entryName)! })),
    )
    await db.settings.bulkAdd(data.settings.map(({ key }) => ({ key, value: settings.get(key) })))
    await db.packs.bulkAdd(data.packs.map((row) => ({ ...row, source: 'archive' as const })))
    return plan
  })

  // An original must read back as the item's own SHA-256, taken at capture (the reader has bound
  // the two); a rendition, which has no hash of its own, as the manifest's.
  const captured = new Map(plan.data.evidence.map((item) => [item.id, item.sha256]))
  const expected = ({ entryName, meta }: PlannedFile): string | undefined => {
    const listed = contents.files.get(entryName)?.sha256
    if (meta.role !== 'original') return listed
    return captured.get(meta.evidenceId) === listed ? listed : undefined
  }
  // Read back a few megabytes at a time: one request for the group, its files read by a few
  // lanes side by side, each into a buffer of its own that it reuses (so reading hundreds of
  // megabytes back leaves nothing for the garbage collector), and hashed as they come.
  const lanes = Array.from({ length: VERIFY_LANES }, () => new ArrayBuffer(0))
  // Progress is the bytes read back and found intact: the write itself is one transaction.
  const sizeOf = (file: PlannedFile) => blobs.get(file.entryName)!.size
  const total = plan.files.reduce((sum, f) => sum + sizeOf(f), 0)
  let done = 0
  onProgress({ done, total })
  for (const group of batches(plan.files, sizeOf)) {
    const rows = await db.evidenceBlobs.bulkGet(
      group.map(({ meta }): [string, EvidenceBlobRole] => [meta.evidenceId, meta.role]),
    )
    const hashes: Promise<string | undefined>[] = group.map(() => Promise.resolve(undefined))
    await Promise.all(
      lanes.map(async (_, lane) => {
        for (let i = lane; i < group.length; i += VERIFY_LANES) {
          const blob = rows[i]?.blob
          if (!blob) continue
          try {
            const bytes = await readBlobInto(blob, lanes[lane]!)
            lanes[lane] = bytes.buffer as ArrayBuffer
            // WebCrypto takes the bytes when called: the lane's buffer is free for the next file.
            hashes[i] = sha256Hex(bytes).catch(() => undefined)
          } catch {
            // Unreadable is not intact; the read took the lane's buffer with it.
            lanes[lane] = new ArrayBuffer(0)
          }
        }
      }),
    )
    const found = await Promise.all(hashes)
    const intact = group.map((file, i) => found[i] !== undefined && found[i] === expected(file))
    if (!intact.every(Boolean)) {
      await removeImported(db, plan)
      throw new UserFacingError(
        'The evidence could not be stored intact (its bytes read back differently), so the import was undone. Check the free disk space and try again.',
      )
    }
    done += group.reduce((sum, f) => sum + sizeOf(f), 0)
    onProgress({ done, total })
  }
  return plan
}

/** Takes back out exactly what `importArchive` wrote. */
async function removeImported(db: WorkbookDatabase, plan: ImportPlan): Promise<void> {
  const { data } = plan
  const auditIds = data.audits.map((a) => a.id)
  await db.transaction('rw', db.tables, async () => {
    await db.answers.where('auditId').anyOf(auditIds).delete()
    await db.preparationAnswers.where('auditId').anyOf(auditIds).delete()
    await db.findingEdits.where('auditId').anyOf(auditIds).delete()
    await db.narratives.where('auditId').anyOf(auditIds).delete()
    await db.evidenceBlobs.bulkDelete(plan.files.map((f) => [f.meta.evidenceId, f.meta.role]))
    await db.evidence.bulkDelete(data.evidence.map((e) => e.id))
    await db.auditContents.bulkDelete(auditIds)
    await db.audits.bulkDelete(auditIds)
    await db.settings.bulkDelete(data.settings.map((s) => s.key))
    await db.packs.bulkDelete(data.packs.map((p): [string, string] => [p.id, p.version]))
  })
}
