import type { ArchiveProgress } from '@core/archive'
import { ProgressTrack } from '../../components/ProgressTrack'

/** How far an export or a check has got, in percent of the bytes. */
export function ArchiveProgressBar({
  progress,
  label,
}: {
  progress: ArchiveProgress | undefined
  label: string
}) {
  const percent =
    progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined
  return (
    <div className="progress archive-progress">
      <ProgressTrack
        label={label}
        value={percent}
        max={100}
        valueText={percent === undefined ? 'Starting' : `${percent} percent`}
      />
      <span className="progress__text">{percent === undefined ? 'Starting…' : `${percent} %`}</span>
    </div>
  )
}
