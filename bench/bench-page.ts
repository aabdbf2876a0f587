// First, as in every browser entry: zod must not probe `new Function` under the app's CSP.
import '../src/renderer/src/zod-config'
import Dexie from 'dexie'
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { buildReportModel } from '@core/report/build'
import { packToGrid, writeXlsx } from '@core/sheets'
import { DEFAULT_REPORT_OPTIONS } from '@core/report/build/input'
import { RATINGS, type Answer } from '@core/audit'
import type { EvidenceBlobRole } from '@core/evidence'
import { DATABASE_NAME, WorkbookDatabase } from '../src/renderer/src/db/database'
import { saveAnswer } from '../src/renderer/src/db/repositories/answers'
import { saveDraft } from '../src/renderer/src/db/repositories/drafts'
import { saveSetting } from '../src/renderer/src/db/repositories/settings'
import { profileSetting } from '../src/renderer/src/db/settings/known-settings'
import { loadReportInput } from '../src/renderer/src/features/report/load-report-input'
import type { ExportRequest } from '../src/renderer/src/features/report/report-export-job'
import { runReportExport } from '../src/renderer/src/features/report/run-report-export'
import { saveStreamed } from '../src/renderer/src/platform/save-streamed'
import type { WorkbookApi } from '../src/shared/ipc-contract'
import { runSheetsImport } from '../src/renderer/src/features/library/sheets/run-sheets-import'
import { searchTimes, type SearchTimes } from './search-times'
import { teamTimes, type TeamBenchInput, type TeamTimes } from './team-times'
import { seedEditorImage, type EditorImageTarget } from './editor-image'
import { PROFILE, seedDatabase, type SeededWorkload } from './seed-database'
import { benchPack, mulberry32, pick, WORKLOAD, WORKLOAD_EPOCH, workloadAt } from './workload'

/**
 * The in-page half of `npm run bench`: served from the app's own origin, so it reads and writes
 * the app's real IndexedDB, and it calls the app's own code (repositories, the report worker,
 * the archive reader and writer). The Node runner (scripts/bench.mjs) calls these functions
 * with `page.evaluate` and times nothing itself except process memory.
 */

/** One timed operation, with the longest main-thread task seen while it ran. */
export interface Timed {
  ms: number
  bytes: number
  /** Longest 'longtask' entry (≥ 50 ms) overlapping the operation; 0 when there was none. */
  longestTaskMs: number
}

const longTasks: PerformanceEntry[] = []
const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()))
observer.observe({ type: 'longtask', buffered: true })

/** Runs `work`, timing it and finding the longest main-thread task meanwhile. */
async function timed(work: () => Promise<number>): Promise<Timed> {
  const start = performance.now()
  const bytes = await work()
  const end = performance.now()
  // Let the observer deliver the last entries before reading them.
  await new Promise((resolve) => setTimeout(resolve, 50))
  longTasks.push(...observer.takeRecords())
  const overlapping = longTasks.filter((t) => t.startTime < end && t.startTime + t.duration > start)
  return {
    ms: end - start,
    bytes,
    longestTaskMs: Math.max(0, ...overlapping.map((t) => t.duration)),
  }
}

let db = new WorkbookDatabase()

/** When a step of the Word export began, from its progress messages. */
export interface Step {
  step: string
  at: number
}

/** A progress callback noting each step's start, and the first and last image. */
function stepRecorder(steps: Step[], start: number) {
  let last = ''
  return (step: string, doneCount: number, total: number) => {
    if (step !== last || doneCount === total)
      steps.push({ step: `${step} ${doneCount}/${total}`, at: performance.now() - start })
    last = step
  }
}

const request = (auditId: string): ExportRequest => ({
  auditId,
  options: DEFAULT_REPORT_OPTIONS,
  now: WORKLOAD_EPOCH + 90 * 24 * 60 * 60 * 1000,
  timeZone: 'UTC',
})

/** The page renditions the report embeds, read from IndexedDB as plain bytes. */
async function pageRenditions(auditId: string): Promise<Array<{ id: string; bytes: Uint8Array }>> {
  const items = await db.evidence.where('auditId').equals(auditId).toArray()
  const out: Array<{ id: string; bytes: Uint8Array }> = []
  for (const item of items.filter((i) => i.renditions.includes('page'))) {
    const row = await db.evidenceBlobs.get([item.id, 'page'])
    if (row) out.push({ id: item.id, bytes: new Uint8Array(await row.blob.arrayBuffer()) })
  }
  return out
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** One IndexedDB request as a promise. */
const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })

/** A raw database with one store, emptied first: the baselines' "empty database". */
async function scratchDatabase(name: string, keyPath: string | string[]): Promise<IDBDatabase> {
  await done(indexedDB.deleteDatabase(name))
  const open = indexedDB.open(name, 1)
  open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath })
  return done(open)
}

/**
 * The streamed save the exports write through, as the desktop app's: each chunk is appended
 * (there, sent to main and written to disk; here, counted and dropped, or kept as a Blob part
 * when `keep` is given) and let go of. So the renderer's memory measured is the export's own:
 * in the app a chunk leaves the renderer when its append resolves, as it does here, and a Blob
 * part lives in the browser's blob storage, not in the page's heap.
 */
function benchSaveStream(keep?: (file: Blob) => void): Pick<WorkbookApi, 'saveStream'> {
  let size = 0
  let head: number[] = []
  const parts: Blob[] = []
  return {
    saveStream: {
      begin: async () => ({ status: 'open', streamId: '0'.repeat(32) }),
      append: async ({ bytes }) => {
        if (size === 0) head = [bytes[0] ?? -1, bytes[1] ?? -1]
        if (keep) parts.push(new Blob([bytes]))
        size += bytes.length
        return { written: size }
      },
      finish: async () => {
        if (head[0] !== 0x50 || head[1] !== 0x4b) throw new Error('The file is not a zip.')
        keep?.(new Blob(parts))
        return { status: 'saved', path: 'bench', name: 'bench', canOpen: false }
      },
      abort: async () => ({ aborted: true }),
    },
  }
}

/** The last archive exported, kept as the export wrote it: a Blob, outside the page's heap. */
let lastArchiveFile: Blob | undefined

function lastArchive(): Blob {
  if (!lastArchiveFile) throw new Error('Export an archive first.')
  return lastArchiveFile
}

/**
 * The archive feature (PRODUCT.md §10) as far as the benchmark uses it: the very functions the
 * audits screen calls, which run the archive worker. Its module is found by a glob rather than
 * imported, so the harness still builds, and says so, where the feature is not in the tree; the
 * types here are the part of its API the benchmark calls.
 */
interface ArchiveApi {
  runArchiveExport(
    request: { selection: { auditIds: string[] }; now: number; appVersion: string },
    output: WritableStream<Uint8Array>,
    options: { onProgress?: () => void },
  ): Promise<number>
  checkArchive(
    file: Blob,
    onProgress: () => void,
  ): {
    preview: Promise<unknown>
    importChecked(): Promise<{ audits: Array<{ id: string }> }>
  }
}
const ARCHIVE_MODULES = import.meta.glob(
  '../src/renderer/src/features/archive/archive-worker-client.ts',
)

async function archiveApi(): Promise<ArchiveApi | undefined> {
  const [load] = Object.values(ARCHIVE_MODULES)
  const api = (await load?.()) as Partial<ArchiveApi> | undefined
  return api?.runArchiveExport && api.checkArchive ? (api as ArchiveApi) : undefined
}

async function requireArchive(): Promise<ArchiveApi> {
  const api = await archiveApi()
  if (!api) throw new Error('The archive feature is not in this build.')
  return api
}

/** Takes back out what an import wrote (untimed), so every run imports into the same database. */
async function removeImported(auditIds: string[]): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.audits,
      db.auditContents,
      db.answers,
      db.preparationAnswers,
      db.findingEdits,
      db.evidence,
      db.evidenceBlobs,
    ],
    async () => {
      const evidenceIds = await db.evidence.where('auditId').anyOf(auditIds).primaryKeys()
      const roles: EvidenceBlobRole[] = ['original', 'thumbnail', 'page']
      await db.answers.where('auditId').anyOf(auditIds).delete()
      await db.preparationAnswers.where('auditId').anyOf(auditIds).delete()
      await db.findingEdits.where('auditId').anyOf(auditIds).delete()
      await db.evidenceBlobs.bulkDelete(
        evidenceIds.flatMap((id) => roles.map((role): [string, EvidenceBlobRole] => [id, role])),
      )
      await db.evidence.bulkDelete(evidenceIds)
      await db.auditContents.bulkDelete(auditIds)
      await db.audits.bulkDelete(auditIds)
    },
  )
}

let questionBank: Uint8Array | undefined

/** The 1,000-question, 40-section workbook, written once (untimed) as Export writes one. */
function questionBankXlsx(): Uint8Array {
  questionBank ??= writeXlsx(
    packToGrid(benchPack(WORKLOAD.bankQuestionsPerSection)),
    new Date(WORKLOAD_EPOCH),
  )
  return questionBank
}

/** Importing a question bank from a spreadsheet, as the Library's import dialog will. */
const sheetsBench = {
  /**
   * The workbook's bytes to the validated pack through the sheets worker (`runSheetsImport`, a
   * new worker each time, as in the app). The worker takes the bytes it is handed; the copy is
   * made before the clock starts, as the app's bytes come fresh from the file that was opened.
   */
  async sheetsImport(): Promise<Timed & { questions: number }> {
    const bytes = questionBankXlsx().slice()
    await new Promise((resolve) => setTimeout(resolve, 0)) // the copy in a task of its own
    let questions = 0
    const result = await timed(async () => {
      const output = await runSheetsImport(bytes, 'question-bank.xlsx', {
        id: 'bench-bank',
        title: 'Benchmark question bank',
        version: '1.0.0',
      })
      if (output.status !== 'valid')
        throw new Error(`The question bank did not import: ${JSON.stringify(output)}`)
      questions = output.pack.sections.flatMap((s) => s.checks.flatMap((c) => c.questions)).length
      return questionBankXlsx().length
    })
    return { ...result, questions }
  },

  /** The baseline: the same bytes unzipped by fflate's `unzipSync` in the page. */
  sheetsImportBaseline(): Promise<Timed> {
    const bytes = questionBankXlsx()
    return timed(async () => {
      unzipSync(bytes)
      return bytes.length
    })
  },
}

const bench = {
  /** Deletes the app's database (and the scratch ones), leaving an empty one open. */
  async reset(): Promise<void> {
    db.close()
    await Dexie.delete(DATABASE_NAME)
    db = new WorkbookDatabase()
    await db.open()
  },

  /** Only the auditor's profile: the app opens on an empty audits screen. */
  async setProfile(): Promise<void> {
    await saveSetting(db, profileSetting, PROFILE)
  },

  seed(seed: number, scale = 1): Promise<SeededWorkload> {
    return seedDatabase(db, seed, workloadAt(scale))
  },

  /** Closes this page's connection, so a cold start finds the database closed. */
  close(): void {
    db.close()
  },

  /**
   * `count` edits of the largest audit through the app's own write path, alternating a rating
   * (`saveAnswer`) and a typed note (`saveDraft`, as the notes field saves), each timed alone.
   */
  async saves(auditId: string, count: number, seed: number): Promise<number[]> {
    const random = mulberry32(seed)
    const keys = await db.answers.where('auditId').equals(auditId).primaryKeys()
    const times: number[] = []
    for (let i = 0; i < count; i++) {
      const [, sectionId, questionId] = pick(random, keys)
      // The note as typed so far (the field holds it): read before the save is timed.
      const current = await db.answers.get([auditId, sectionId, questionId])
      const text = `${current?.notes ?? ''} ${i}`.slice(-600)
      const start = performance.now()
      if (i % 2 === 0) {
        await saveAnswer(db, { auditId, sectionId, questionId }, { rating: pick(random, RATINGS) })
      } else {
        await saveDraft(
          db,
          { kind: 'answer', auditId, sectionId, questionId, field: 'notes' },
          text,
        )
      }
      times.push(performance.now() - start)
    }
    return times
  },

  /** The team workspace's rows (issue 18): see team-times.ts. */
  teamTimes(input: TeamBenchInput, saveCount: number): Promise<TeamTimes> {
    return teamTimes(db, input, () => bench.saves(input.auditId, saveCount, 3))
  },

  /** The baseline: one IndexedDB put of the same record, strict durability, empty database. */
  async baselinePuts(auditId: string, count: number, seed: number): Promise<number[]> {
    const random = mulberry32(seed)
    const records = await db.answers.where('auditId').equals(auditId).toArray()
    const raw = await scratchDatabase('bench-empty-baseline', [
      'auditId',
      'sectionId',
      'questionId',
    ])
    const times: number[] = []
    try {
      for (let i = 0; i < count; i++) {
        const record: Answer = { ...pick(random, records), updatedAt: Date.now() }
        const start = performance.now()
        const tx = raw.transaction('rows', 'readwrite', { durability: 'strict' })
        tx.objectStore('rows').put(record)
        await committed(tx)
        times.push(performance.now() - start)
      }
    } finally {
      raw.close()
      await done(indexedDB.deleteDatabase('bench-empty-baseline'))
    }
    return times
  },

  /**
   * The app's Word export, as the Export dialog runs it: its own worker, from IndexedDB, written
   * as it is made through a streamed save (`benchSaveStream`: each chunk counted and dropped).
   */
  async wordExport(auditId: string): Promise<Timed & { steps: Step[] }> {
    const steps: Step[] = []
    const result = await timed(async () => {
      const start = performance.now()
      const recordStep = stepRecorder(steps, start)
      let size = 0
      await saveStreamed(
        benchSaveStream(),
        { kind: 'report', defaultName: 'bench' },
        async (output) => {
          size = await runReportExport(request(auditId), output, {
            onProgress: ({ step, done, total }) => recordStep(step, done, total),
          })
        },
      )
      steps.push({ step: 'done', at: performance.now() - start })
      return size
    })
    return { ...result, steps }
  },

  /** The floor: the same image bytes read from IndexedDB and zipped, stored, with fflate. */
  wordFloor(auditId: string): Promise<Timed> {
    return timed(async () => {
      const files: Zippable = {}
      for (const { id, bytes } of await pageRenditions(auditId))
        files[`word/media/${id}.jpg`] = [bytes, { level: 0 }]
      return zipSync(files).length
    })
  },

  /** The report model, as the worker builds it, for the python-docx peer (JSON). */
  async peerModel(auditId: string): Promise<string> {
    const input = await loadReportInput(db, auditId, DEFAULT_REPORT_OPTIONS, request(auditId))
    return JSON.stringify(buildReportModel(input))
  },

  /** The page renditions, base64, `count` from `start` in the report model's media order. */
  async peerMedia(mediaIds: string[]): Promise<string[]> {
    const out: string[] = []
    for (const id of mediaIds) {
      const [evidenceId] = id.split('/') as [string]
      const row = await db.evidenceBlobs.get([evidenceId, 'page'])
      if (!row) throw new Error(`No page rendition for ${id}`)
      out.push(base64(new Uint8Array(await row.blob.arrayBuffer())))
    }
    return out
  },

  /** Whether this build has the archive feature to measure. */
  async hasArchive(): Promise<boolean> {
    return (await archiveApi()) !== undefined
  },

  /**
   * Archive export as the audits screen runs it: snapshot and `writeArchive` in the worker,
   * written as it is made through a streamed save (`benchSaveStream`, keeping Blob parts as the
   * browser build does, for the import rows).
   */
  async archiveExport(auditId: string): Promise<Timed> {
    const api = await requireArchive()
    return timed(async () => {
      let size = 0
      await saveStreamed(
        benchSaveStream((file) => (lastArchiveFile = file)),
        { kind: 'archive', defaultName: 'bench' },
        async (output) => {
          size = await api.runArchiveExport(
            { selection: { auditIds: [auditId] }, now: Date.now(), appVersion: 'bench' },
            output,
            {},
          )
        },
      )
      return size
    })
  },

  /** The baseline: the same rows and evidence bytes read from IndexedDB, zipped with fflate. */
  archiveExportBaseline(auditId: string): Promise<Timed> {
    return timed(async () => {
      const [audit, content, answers, preparation, evidence] = await Promise.all([
        db.audits.get(auditId),
        db.auditContents.get(auditId),
        db.answers.where('auditId').equals(auditId).toArray(),
        db.preparationAnswers.where('auditId').equals(auditId).toArray(),
        db.evidence.where('auditId').equals(auditId).toArray(),
      ])
      const roles = ['original', 'thumbnail', 'page'] as const
      const blobs = await db.evidenceBlobs.bulkGet(
        evidence.flatMap((e) =>
          roles.map((role): [string, (typeof roles)[number]] => [e.id, role]),
        ),
      )
      const files: Zippable = {}
      const data = { audit, content, answers, preparation, evidence }
      for (const [name, rows] of Object.entries(data))
        files[`data/${name}.json`] = [strToU8(JSON.stringify(rows)), { level: 6 }]
      for (const row of blobs)
        if (row)
          files[`evidence/${row.evidenceId}/${row.role}`] = [
            new Uint8Array(await row.blob.arrayBuffer()),
            { level: 0 },
          ]
      return zipSync(files).length
    })
  },

  /**
   * Archive import as the import dialog runs it, in the worker: read and check, preview, then
   * (as when the user confirms) write and verify.
   */
  async archiveImport(): Promise<Timed & { checkedMs: number }> {
    const api = await requireArchive()
    // The worker is handed the file, as the app hands it the file the user chose, and reads it a
    // few megabytes at a time.
    const archive = lastArchive()
    const size = archive.size
    let auditIds: string[] = []
    let checkedAt = 0
    const started = performance.now()
    const result = await timed(async () => {
      const check = api.checkArchive(archive, () => undefined)
      await check.preview
      checkedAt = performance.now()
      auditIds = (await check.importChecked()).audits.map((a) => a.id)
      return size
    })
    await removeImported(auditIds)
    // When the archive had been read, checked and previewed: the rest is writing and reading back.
    return { ...result, checkedMs: checkedAt - started }
  },

  /**
   * The baseline: read the same archive file, unzip it with fflate and store its files in
   * IndexedDB. It starts from the file, as the import does: the import is handed the file and
   * reads it (until 2 December the baseline unzipped bytes read before its clock started, from
   * when the import was handed bytes too).
   */
  async archiveImportBaseline(): Promise<Timed> {
    const file = lastArchive()
    const raw = await scratchDatabase('bench-import-baseline', 'name')
    try {
      return await timed(async () => {
        const archive = new Uint8Array(await file.arrayBuffer())
        const entries = unzipSync(archive)
        const tx = raw.transaction('rows', 'readwrite', { durability: 'strict' })
        const store = tx.objectStore('rows')
        for (const [name, bytes] of Object.entries(entries)) {
          if (name.endsWith('.json')) JSON.parse(new TextDecoder().decode(bytes))
          else store.put({ name, blob: new Blob([bytes]) })
        }
        await committed(tx)
        return archive.length
      })
    } finally {
      raw.close()
      await done(indexedDB.deleteDatabase('bench-import-baseline'))
    }
  },

  ...sheetsBench,

  /**
   * Search everything (issue 17) on the seeded workload, through the app's own search worker:
   * its index built as the app builds it at the first search, 20 three-word queries taken from
   * the notes, and a note typed and saved until search finds it.
   */
  searchTimes(seed: number): Promise<SearchTimes> {
    return searchTimes(db, seed, timed)
  },

  /** A 4000 × 3000 screenshot for the image editor's rows, kept in a small audit. */
  seedEditorImage(): Promise<EditorImageTarget> {
    return seedEditorImage(db)
  },
}

export type Bench = typeof bench

declare global {
  interface Window {
    __bench: Bench
  }
}

window.__bench = bench
document.title = 'Audit Workbook benchmark (ready)'
