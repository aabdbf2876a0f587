import { create } from 'zustand'
import type { ArchiveProgress } from '@core/archive'
import type { ImportPreviewSummary } from './archive-jobs'
import type { ArchiveCheck } from './archive-worker-client'

/**
 * UI state of an export or import in progress: what the dialogs show. The archive itself is in
 * the archive worker, checked and kept there until it is imported or dismissed; the database
 * stays the one source of truth for what is saved.
 */

export interface ExportJob {
  fileName: string
  progress?: ArchiveProgress
  cancel(): void
}

export type ImportJob =
  | { phase: 'checking'; fileName: string; progress?: ArchiveProgress; check: ArchiveCheck }
  | {
      phase: 'confirm' | 'importing'
      fileName: string
      preview: ImportPreviewSummary
      check: ArchiveCheck
      /** While importing: the evidence read back and found intact, after the write. */
      progress?: ArchiveProgress
    }
  | { phase: 'refused'; fileName: string; message: string }

interface ArchiveTransferState {
  exportJob?: ExportJob
  importJob?: ImportJob
}

export const useArchiveTransfer = create<ArchiveTransferState>()(() => ({}))

/** Progress, kept only when it moves by a whole percent (a render per file would be wasteful). */
export function nextProgress(
  current: ArchiveProgress | undefined,
  next: ArchiveProgress,
): ArchiveProgress | undefined {
  const percent = (p: ArchiveProgress | undefined) =>
    p && p.total > 0 ? Math.floor((p.done / p.total) * 100) : -1
  return percent(next) === percent(current) ? current : next
}

export function cancelExport(): void {
  useArchiveTransfer.getState().exportJob?.cancel()
}

/**
 * Closes the import dialog; a check still running is stopped and a checked archive let go of, an
 * import under way is not.
 */
export function closeImport(): void {
  const job = useArchiveTransfer.getState().importJob
  if (job?.phase === 'importing') return
  if (job?.phase === 'checking' || job?.phase === 'confirm') job.check.cancel()
  useArchiveTransfer.setState({ importJob: undefined })
}
