import type { Progress } from '@core/audit'
import { ProgressTrack } from './ProgressTrack'

export function ProgressBar({ progress, label }: { progress: Progress; label: string }) {
  return (
    <div className="progress">
      <ProgressTrack
        label={label}
        value={progress.answered}
        max={progress.total}
        valueText={`${progress.answered} of ${progress.total} answered`}
      />
      <span className="progress__text">
        {progress.answered} of {progress.total}
      </span>
    </div>
  )
}
