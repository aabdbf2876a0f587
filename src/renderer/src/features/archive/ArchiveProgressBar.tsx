import type { ArchiveProgress } from '@core/archive'

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
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={percent === undefined ? 'Starting' : `${percent} percent`}
      >
        <div className="progress__fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
      <span className="progress__text">{percent === undefined ? 'Starting…' : `${percent} %`}</span>
    </div>
  )
}
