import type { ArchiveProgress } from '@core/archive'
import { plural, todayIso } from '../../components/format'
import type { ExportSelection } from '../../db/queries/archive-snapshot'
import { JobCanceled } from '../../jobs/job-workers'
import { getBridge } from '../../platform/bridge'
import { pickFiles } from '../../platform/pick-files'
import { saveStreamed } from '../../platform/save-streamed'
import { showError, useToasts } from '../../components/toast-store'
import { auditArchiveName, everythingArchiveName } from './archive-names'
import { nextProgress, useArchiveTransfer, type ImportJob } from './archive-transfer-store'
import { checkArchive, runArchiveExport } from './archive-worker-client'

/**
 * The export and import flows behind the audits screen's buttons and the archive dialogs. The
 * work itself (reading the database, the zip, inflating, hashing, every check, the import's
 * transaction) runs in the archive worker; this thread only shows its progress.
 */

const set = useArchiveTransfer.setState

function info(message: string, action?: { label: string; run: () => void | Promise<void> }) {
  useToasts.getState().show({ message, tone: 'info', ...(action ? { action } : {}) })
}

/** Set from the click until the export ends: a second click meanwhile does nothing. */
let exporting = false

async function exportArchive(selection: ExportSelection, fileName: string): Promise<void> {
  if (exporting) return
  exporting = true
  const canceling = new AbortController()
  const cancel = () => canceling.abort()
  try {
    const app = await getBridge().appInfo()
    // Where to save is asked first: the archive is written there as it is made, never whole in
    // memory. The progress dialog opens once the save dialog has closed.
    const saved = await saveStreamed(
      getBridge(),
      { kind: 'archive', defaultName: fileName },
      (output) => {
        set({ exportJob: { fileName, cancel } })
        return runArchiveExport({ selection, now: Date.now(), appVersion: app.version }, output, {
          onProgress: updateExport,
          signal: canceling.signal,
        })
      },
      { signal: canceling.signal },
    )
    set({ exportJob: undefined })
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
    if (error instanceof JobCanceled || canceling.signal.aborted)
      info('Export canceled. Nothing was saved.')
    else showError(error)
  } finally {
    exporting = false
    if (useArchiveTransfer.getState().exportJob?.cancel === cancel) set({ exportJob: undefined })
  }
}

function updateExport(progress: ArchiveProgress): void {
  const job = useArchiveTransfer.getState().exportJob
  if (!job) return
  const next = nextProgress(job.progress, progress)
  if (next !== job.progress) set({ exportJob: { ...job, progress: next } })
}

export function exportAudit(audit: { id: string; client: string; system: string }) {
  return exportArchive({ auditIds: [audit.id] }, auditArchiveName(audit))
}

export function exportEverything() {
  return exportArchive('everything', everythingArchiveName(todayIso()))
}

/** Asks for an archive, checks all of it, and shows what it holds; nothing is written yet. */
export async function chooseArchiveToImport(): Promise<void> {
  let picked
  try {
    // The page's own file chooser, in Electron too: it gives a handle on the file, which the
    // worker reads a few megabytes at a time, where the bridge's open would read all of it.
    picked = await pickFiles('archive')
  } catch (error) {
    showError(error)
    return
  }
  const file = picked.status === 'picked' ? picked.files[0] : undefined
  if (!file) return
  const check = checkArchive(file.file, (progress) => {
    const job = useArchiveTransfer.getState().importJob
    if (job?.phase !== 'checking' || job.check !== check) return
    const next = nextProgress(job.progress, progress)
    if (next !== job.progress) set({ importJob: { ...job, progress: next } })
  })
  set({ importJob: { phase: 'checking', fileName: file.name, check } })
  // Closing the dialog ends the check: its answer, if one still comes, is not shown.
  const shown = () => {
    const job = useArchiveTransfer.getState().importJob
    return job?.phase === 'checking' && job.check === check
  }
  try {
    const preview = await check.preview
    if (!shown()) return
    set({ importJob: { phase: 'confirm', fileName: file.name, preview, check } })
  } catch (error) {
    if (error instanceof JobCanceled || !shown()) return
    const message = error instanceof Error ? error.message : String(error)
    set({ importJob: { phase: 'refused', fileName: file.name, message } })
  }
}

/** Writes the confirmed archive in one transaction, then says what came in. */
export async function confirmImport(): Promise<void> {
  const job = useArchiveTransfer.getState().importJob
  if (job?.phase !== 'confirm') return
  set({ importJob: { ...job, phase: 'importing' } })
  try {
    const imported = await job.check.importChecked((progress) => {
      const now = useArchiveTransfer.getState().importJob
      if (now?.phase !== 'importing' || now.check !== job.check) return
      const next = nextProgress(now.progress, progress)
      if (next !== now.progress) set({ importJob: { ...now, progress: next } })
    })
    set({ importJob: undefined })
    const copies = imported.audits.filter((a) => a.copied).length
    const asCopies =
      copies === 0
        ? ''
        : copies === 1
          ? '; one was already here, so it came in as a copy marked “(imported)”'
          : `; ${copies} were already here, so they came in as copies marked “(imported)”`
    info(`Imported ${plural(imported.audits.length, 'audit')} from “${job.fileName}”${asCopies}.`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    set({ importJob: { phase: 'refused', fileName: job.fileName, message } satisfies ImportJob })
  }
}
