import { formatByteSize } from '@core/text/byte-size'
import { Dialog } from '../../components/Dialog'
import { ArchiveProgressBar } from './ArchiveProgressBar'
import { cancelExport, useArchiveTransfer } from './archive-transfer-store'
import { useDelayed } from './useDelayed'

/** Shown while a large archive is written: how far it has got, and a way to stop. */
export function ExportProgressDialog() {
  const job = useArchiveTransfer((s) => s.exportJob)
  const open = useDelayed(job !== undefined, 300)
  return (
    <Dialog
      title="Exporting archive"
      open={open}
      onClose={cancelExport}
      footer={{ cancel: { label: 'Cancel', onClick: cancelExport } }}
    >
      {job && (
        <>
          <p>
            Writing <strong>{job.fileName}</strong>, with a SHA-256 of every file it holds.
          </p>
          <ArchiveProgressBar progress={job.progress} label="Export progress" />
          {/* The archive goes to disk as it is written: this much of it is there so far. */}
          {job.progress && (
            <p className="field__hint">
              {formatByteSize(job.progress.done)} of {formatByteSize(job.progress.total)} written
            </p>
          )}
        </>
      )}
    </Dialog>
  )
}
