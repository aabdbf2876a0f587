import { Dialog } from '../../components/Dialog'
import type { DialogFooterProps } from '../../components/DialogFooter'
import { plural } from '../../components/format'
import { ArchiveProgressBar } from './ArchiveProgressBar'
import { confirmImport } from './lazy-archive-flows'
import { closeImport, useArchiveTransfer, type ImportJob } from './archive-transfer-store'
import { ImportPreview } from './ImportPreview'

const TITLES: Record<ImportJob['phase'], string> = {
  checking: 'Checking archive',
  confirm: 'Import archive?',
  importing: 'Import archive?',
  refused: 'This archive cannot be imported',
}

/** Checking an archive, showing what it holds before anything is written, or why it was refused. */
export function ImportArchiveDialog() {
  const job = useArchiveTransfer((s) => s.importJob)
  return (
    <Dialog
      title={job ? TITLES[job.phase] : 'Import archive'}
      open={job !== undefined}
      onClose={closeImport}
      footer={job ? footerFor(job, () => void confirmImport()) : {}}
    >
      {job?.phase === 'checking' && (
        <>
          <p>
            Checking every entry of <strong>{job.fileName}</strong> before anything is written.
          </p>
          <ArchiveProgressBar progress={job.progress} label="Checking progress" />
        </>
      )}
      {(job?.phase === 'confirm' || job?.phase === 'importing') && (
        <ImportPreview fileName={job.fileName} preview={job.preview} />
      )}
      {job?.phase === 'importing' && (
        <>
          <p>Writing it, then reading every evidence file back to check it was stored intact.</p>
          <ArchiveProgressBar progress={job.progress} label="Import progress" />
        </>
      )}
      {job?.phase === 'refused' && (
        <>
          <p role="alert" className="archive-refusal">
            {job.message}
          </p>
          <p className="muted">
            Your data has not changed. If you have another copy of <strong>{job.fileName}</strong>,
            try that one.
          </p>
        </>
      )}
    </Dialog>
  )
}

function footerFor(job: ImportJob, onConfirm: () => void): DialogFooterProps {
  if (job.phase === 'refused') return { cancel: { label: 'Close', onClick: closeImport } }
  if (job.phase === 'checking') return { cancel: { label: 'Cancel', onClick: closeImport } }
  const importing = job.phase === 'importing'
  const audits = job.preview.audits.length
  return {
    cancel: { label: 'Cancel', onClick: closeImport, disabled: importing },
    primary: {
      label: importing
        ? 'Importing…'
        : audits === 0
          ? 'Import'
          : `Import ${plural(audits, 'audit')}`,
      onClick: onConfirm,
      disabled: importing,
    },
  }
}
