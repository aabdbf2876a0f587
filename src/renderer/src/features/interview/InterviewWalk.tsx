import {
  Fragment,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react'
import { useLocation } from 'wouter'
import type { InterviewStep } from '@core/audit'
import type { InterviewSource } from './interview-source'
import { Outline } from './Outline'
import { ShortcutLegend } from './ShortcutLegend'
import { useInterviewKeys, type WalkPosition } from './useInterviewKeys'
import { useInterviewUi } from './interview-ui-store'
import './interview.css'

/** What the walk hands the question it shows. */
export interface QuestionSlot {
  current: InterviewStep
  notesRef: RefObject<HTMLTextAreaElement | null>
  onPrevious: () => void
  onNext: () => void
}

interface InterviewWalkProps {
  source: InterviewSource
  /** The question asked for by the route; the first question when it is not in the walk. */
  sectionId: string | undefined
  questionId: string | undefined
  /** The route asks for the focus in the question's notes (a search result leads there). */
  focusNotes?: boolean
  /** The question panel: the audit's, with its answer, or a preview's. */
  renderQuestion: (slot: QuestionSlot) => ReactNode
}

/** One question at a time, by mouse or keyboard, beside the outline (PRODUCT.md §4). */
export function InterviewWalk({
  source,
  sectionId,
  questionId,
  focusNotes = false,
  renderQuestion,
}: InterviewWalkProps) {
  const [, navigate] = useLocation()
  const notesRef = useRef<HTMLTextAreaElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)

  const current =
    source.order.find((r) => r.sectionId === sectionId && r.question.id === questionId) ??
    source.order[0]

  // The key handler reads the latest state through a ref, and `goTo` moves it at once, so keys
  // pressed faster than React renders (1, J, 2…) still act on the question the user is on.
  const latest = useRef<WalkPosition>({ source, current })
  useLayoutEffect(() => {
    latest.current = { source, current }
  })

  const goTo = useCallback(
    (step: InterviewStep | undefined) => {
      if (!step) return
      latest.current = { ...latest.current, current: step }
      navigate(latest.current.source.questionPath(step))
    },
    [navigate],
  )
  useInterviewKeys(latest, { goTo, notesRef, searchRef })

  const shownKey = current && `${source.id}/${current.sectionId}/${current.question.id}`
  useEffect(() => {
    if (focusNotes && shownKey) notesRef.current?.focus()
  }, [focusNotes, shownKey])

  const resetFilters = useInterviewUi((s) => s.reset)
  useEffect(() => resetFilters, [source.id, resetFilters])

  if (!current) return <p className="screen-message">{source.emptyMessage}</p>

  return (
    <div className="interview__body">
      <Outline source={source} current={current} searchRef={searchRef} />
      <main className="interview__main" aria-label="Question">
        {/* Keyed, so a question's fields never show the previous question's text. */}
        <Fragment key={`${source.id}/${current.sectionId}/${current.question.id}`}>
          {renderQuestion({
            current,
            notesRef,
            onPrevious: () => goTo(source.order[current.index - 1]),
            onNext: () => goTo(source.order[current.index + 1]),
          })}
        </Fragment>
        <ShortcutLegend />
      </main>
    </div>
  )
}
