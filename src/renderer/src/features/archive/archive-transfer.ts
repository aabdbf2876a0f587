import {
  ArchiveError,
  buildArchive,
  DEFAULT_ARCHIVE_LIMITS,
  readArchive,
  type ArchiveProgress,
} from '@core/archive'
import { plural, todayIso } from '../../components/format'
import { importArchive, previewImport } from '../../db/archive/import-archive'
import { sha256Hex } from '../../db/archive/sha256'
import { snapshotForExport, type ExportSelection } from '../../db/archive/snapshot'
import { SCHEMA_VERSION, type WorkbookDatabase } from '../../db/database'
import { getBridge } from '../../platform/bridge'
import { showError, useToasts } from '../../stores/toast-store'
import { ARCHIVE_FILTERS, auditArchiveName, everythingArchiveName } from './archive-names'
import { nextProgress, useArchiveTransfer, type ImportJob } from './archive-transfer-store'

/** The export and import flows behind the audits screen's buttons and the archive dialogs. */

const set = useArchiveTransfer.setState
const isCanceled = (error: unknown) => error instanceof ArchiveError && error.code === 'canceled'

function info(message: string, action?: { label: string; run: () => void | Promise<void> }) {
  useToasts.getState().show({ message, tone: 'info', ...(action ? { action } : {}) })
}

async function exportArchive(
  db: WorkbookDatabase,
  selection: ExportSelection,
  fileName: string,
): Promise<void> {
  if (useArchiveTransfer.getState().exportJob) return
  const controller = new AbortController()
  set({ exportJob: { fileName, controller } })
  try {
    const [snapshot, app] = await Promise.all([
      snapshotForExport(db, selection),
      getBridge().appInfo(),
    ])
    const bytes = await buildArchive(snapshot, {
      sha256: sha256Hex,
      now: Date.now(),
      appVersion: app.version,
      schemaVersion: SCHEMA_VERSION,
      signal: controller.signal,
      onProgress: (progress) => updateExport(progress),
    })
    // The progress dialog closes before the save dialog opens over the window.
    set({ exportJob: undefined })
    const saved = await getBridge().saveFile({
      defaultName: fileName,
      bytes,
      filters: ARCHIVE_FILTERS,
      title: 'Export archive',
    })
    if (saved.status !== 'saved') return
    const reveal =
      app.runtime === 'electron'
        ? {
            label: 'Show in folder',
            run: async () => void (await getBridge().showInFolder({ path: saved.path })),
          }
        : undefined
    info(`Exported “${saved.name}”.`, reveal)
  } catch (error) {
    if (isCanceled(error)) info('Export canceled. Nothing was saved.')
    else showError(error)
  } finally {
    if (useArchiveTransfer.getState().exportJob?.controller === controller)
      set({ exportJob: undefined })
  }
}

function updateExport(progress: ArchiveProgress): void {
  const job = useArchiveTransfer.getState().exportJob
  if (!job) return
  const next = nextProgress(job.progress, progress)
  if (next !== job.progress) set({ exportJob: { ...job, progress: next } })
}

export function exportAudit(
  db: WorkbookDatabase,
  audit: { id: string; client: string; system: string },
) {
  return exportArchive(db, { auditIds: [audit.id] }, auditArchiveName(audit))
}

export function exportEverything(db: WorkbookDatabase) {
  return exportArchive(db, 'everything', everythingArchiveName(todayIso()))
}

/** Asks for an archive, checks all of it, and shows what it holds; nothing is written yet. */
export async function chooseArchiveToImport(db: WorkbookDatabase): Promise<void> {
  let opened
  try {
    opened = await getBridge().openFiles({ title: 'Import archive', filters: ARCHIVE_FILTERS })
  } catch (error) {
    showError(error)
    return
  }
  const file = opened.status === 'opened' ? opened.files[0] : undefined
  if (!file) return
  const controller = new AbortController()
  set({ importJob: { phase: 'checking', fileName: file.name, controller } })
  try {
    const contents = await readArchive(file.bytes, DEFAULT_ARCHIVE_LIMITS, {
      sha256: sha256Hex,
      signal: controller.signal,
      onProgress: (progress) => {
        const job = useArchiveTransfer.getState().importJob
        if (job?.phase !== 'checking' || job.controller !== controller) return
        const next = nextProgress(job.progress, progress)
        if (next !== job.progress) set({ importJob: { ...job, progress: next } })
      },
    })
    const plan = await previewImport(db, contents)
    if (controller.signal.aborted) return
    set({ importJob: { phase: 'confirm', fileName: file.name, contents, plan } })
  } catch (error) {
    if (isCanceled(error) || controller.signal.aborted) return
    set({ importJob: { phase: 'refused', fileName: file.name, message: describe(error) } })
  }
}

function describe(error: unknown): string {
  if (error instanceof ArchiveError) return error.message
  const detail = error instanceof Error ? error.message : String(error)
  return `The archive could not be read (${detail}). Nothing was imported.`
}

/** Writes the confirmed archive in one transaction, then says what came in. */
export async function confirmImport(db: WorkbookDatabase): Promise<void> {
  const job = useArchiveTransfer.getState().importJob
  if (job?.phase !== 'confirm') return
  set({ importJob: { ...job, phase: 'importing' } })
  try {
    const plan = await importArchive(db, job.contents)
    set({ importJob: undefined })
    const copies = plan.audits.filter((a) => a.copied).length
    const asCopies =
      copies === 0
        ? ''
        : copies === 1
          ? '; one was already here, so it came in as a copy marked “(imported)”'
          : `; ${copies} were already here, so they came in as copies marked “(imported)”`
    info(`Imported ${plural(plan.audits.length, 'audit')} from “${job.fileName}”${asCopies}.`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    set({ importJob: { phase: 'refused', fileName: job.fileName, message } satisfies ImportJob })
  }
}
