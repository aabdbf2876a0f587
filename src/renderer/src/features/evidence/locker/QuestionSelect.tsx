import { useState, type ReactNode } from 'react'
import type { InterviewStep } from '@core/audit'
import { questionKey } from '@core/content'
import { questionLabel } from './locker-filter'

interface QuestionSelectProps {
  id: string
  className: string
  /** The chosen question's key, or a value of one of the leading options. */
  value: string
  onChange: (value: string) => void
  /** The questions offered, in interview order. */
  questions: readonly InterviewStep[]
  /** Options before the questions: "All questions", "Link to another question…". */
  children: ReactNode
  /**
   * Whether the questions wait until the select is reached (focus, pointer): a row of the
   * locker has one, and an audit of 480 questions would put 480 options in every row that
   * scrolls into view. Only the chosen one is there before.
   */
  lazy?: boolean
}

/** A choice of the audit's questions by key, each labelled "Q3 · its prompt". */
export function QuestionSelect(props: QuestionSelectProps) {
  const { id, className, value, onChange, questions, children, lazy = false } = props
  const [reached, setReached] = useState(!lazy)
  const offered = reached
    ? questions
    : questions.filter((step) => questionKey(step.sectionId, step.question.id) === value)
  const reach = () => setReached(true)
  return (
    <select
      id={id}
      className={className}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onFocus={reach}
      onPointerDown={reach}
    >
      {children}
      {offered.map((step) => {
        const key = questionKey(step.sectionId, step.question.id)
        return (
          <option key={key} value={key}>
            {questionLabel(step)}
          </option>
        )
      })}
    </select>
  )
}
