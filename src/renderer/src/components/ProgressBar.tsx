import type { Progress } from '@core/audit'

export function ProgressBar({ progress, label }: { progress: Progress; label: string }) {
  const percent = Math.round(progress.ratio * 100)
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.answered}
        aria-valuetext={`${progress.answered} of ${progress.total} answered`}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__text">
        {progress.answered} of {progress.total}
      </span>
    </div>
  )
}
