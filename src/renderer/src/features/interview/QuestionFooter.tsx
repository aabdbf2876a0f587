import type { InterviewStep } from '@core/audit'

interface QuestionFooterProps {
  current: InterviewStep
  total: number
  /** Between the buttons: whether and when the answer was saved. */
  status: string
  onPrevious: () => void
  onNext: () => void
}

/** Previous and Next, with the answer's state between them. */
export function QuestionFooter({
  current,
  total,
  status,
  onPrevious,
  onNext,
}: QuestionFooterProps) {
  return (
    <footer className="question__footer">
      <button type="button" className="button" onClick={onPrevious} disabled={current.index === 0}>
        ← Previous
      </button>
      <span className="muted question__saved">{status}</span>
      <button
        type="button"
        className="button button--primary"
        onClick={onNext}
        disabled={current.index === total - 1}
      >
        Next →
      </button>
    </footer>
  )
}
