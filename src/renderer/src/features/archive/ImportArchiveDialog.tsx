import { Dialog } from '../../components/Dialog'
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
      actions={job && <Actions job={job} onConfirm={() => void confirmImport()} />}
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

function Actions({ job, onConfirm }: { job: ImportJob; onConfirm: () => void }) {
  if (job.phase === 'refused')
    return (
      <button type="button" className="button" onClick={closeImport}>
        Close
      </button>
    )
  const importing = job.phase === 'importing'
  return (
    <>
      <button type="button" className="button" onClick={closeImport} disabled={importing}>
        Cancel
      </button>
      {job.phase !== 'checking' && (
        <button
          type="button"
          className="button button--primary"
          onClick={onConfirm}
          disabled={importing}
        >
          {importing
            ? 'Importing…'
            : job.preview.audits.length === 0
              ? 'Import'
              : `Import ${plural(job.preview.audits.length, 'audit')}`}
        </button>
      )}
    </>
  )
}
