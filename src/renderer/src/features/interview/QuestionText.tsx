import type { ReactNode } from 'react'
import type { InterviewStep } from '@core/audit'

interface QuestionTextProps {
  current: InterviewStep
  /** Questions in the walk. */
  total: number
  /** The ladder outcome the question evidences, in words; nothing is shown when undefined. */
  evidences: string | undefined
  /** Further tags beside the outcome. */
  tags?: ReactNode
}

/** Where the question sits, what is asked, its guidance and the outcome it evidences. */
export function QuestionText({ current, total, evidences, tags }: QuestionTextProps) {
  const { section, check, question } = current
  return (
    <>
      <p className="eyebrow">
        Section {section.number} · {section.title} › {check.title} · Question {current.index + 1} of{' '}
        {total}
      </p>
      <h2 id="question-prompt" className="question__prompt">
        {question.prompt}
      </h2>
      <p className="question__guidance">{question.guidance}</p>
      <p className="question__meta">
        {evidences !== undefined && <span className="tag">Evidences: {evidences}</span>}
        {tags}
      </p>
    </>
  )
}
