import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import { useLocation, useParams } from 'wouter'
import { nextUnanswered, type InterviewStep } from '@core/audit'
import { questionKey } from '@core/content'
import { useDatabase } from '../../db/DatabaseContext'
import { saveAnswer } from '../../db/repositories/answers'
import { showError, useToasts } from '../../components/toast-store'
import { AuditFrame } from '../audit-frame/AuditFrame'
import { Outline } from './Outline'
import { QuestionPanel } from './QuestionPanel'
import { ShortcutLegend } from './ShortcutLegend'
import { shortcutFor } from './shortcuts'
import type { AuditData } from '../audit-frame/useAuditData'
import { useInterviewUi } from './interview-ui-store'
import './interview.css'

/** The interview (PRODUCT.md §4): one question at a time, by mouse or keyboard. */
export function InterviewScreen() {
  const {
    auditId = '',
    sectionId,
    questionId,
  } = useParams<{
    auditId: string
    sectionId?: string
    questionId?: string
  }>()
  return (
    <AuditFrame auditId={auditId}>
      {(data) => <Interview data={data} sectionId={sectionId} questionId={questionId} />}
    </AuditFrame>
  )
}

function Interview({
  data,
  sectionId,
  questionId,
}: {
  data: AuditData
  sectionId: string | undefined
  questionId: string | undefined
}) {
  const auditId = data.audit.id
  const db = useDatabase()
  const [, navigate] = useLocation()
  const notesRef = useRef<HTMLTextAreaElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)

  const current =
    data.order.find((r) => r.sectionId === sectionId && r.question.id === questionId) ??
    data.order[0]
  const readOnly = data.audit.status === 'final'

  // The key handler reads the latest state through a ref, and `goTo` moves it at once, so keys
  // pressed faster than React renders (1, J, 2…) still act on the question the user is on.
  const latest = useRef({ data, current, readOnly })
  useLayoutEffect(() => {
    latest.current = { data, current, readOnly }
  })

  const goTo = useCallback(
    (ref: InterviewStep | undefined) => {
      if (!ref) return
      latest.current = { ...latest.current, current: ref }
      navigate(`/audits/${auditId}/interview/${ref.sectionId}/${ref.question.id}`)
    },
    [auditId, navigate],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { data, current, readOnly } = latest.current
      if (!current) return
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      const target = event.target as HTMLElement
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inTextField: isTextField(target),
      })
      if (!action) return
      // Not prevented: the field still gets its Esc, and then loses focus.
      if (action.kind === 'leave-text-field') return target.blur()
      const key = { auditId, sectionId: current.sectionId, questionId: current.question.id }
      const answer = data.answers.get(questionKey(current.sectionId, current.question.id))
      const edit = (patch: Parameters<typeof saveAnswer>[2]) => {
        if (readOnly) return sayFinal()
        saveAnswer(db, key, patch).catch(showError)
      }
      event.preventDefault()
      switch (action.kind) {
        case 'rate':
          return edit({ rating: action.rating })
        case 'basis':
          return edit({ basis: action.basis })
        case 'toggle-follow-up':
          return edit({ followUp: !(answer?.followUp ?? false) })
        case 'next':
          return goTo(data.order[current.index + 1])
        case 'previous':
          return goTo(data.order[current.index - 1])
        case 'next-unanswered':
          return goTo(nextUnanswered(data.order, data.answers, current.index))
        case 'focus-notes':
          return notesRef.current?.focus()
        case 'focus-search':
          return searchRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [auditId, db, goTo])

  const resetFilters = useInterviewUi((s) => s.reset)
  useEffect(() => resetFilters, [auditId, resetFilters])

  if (!current) return <p className="screen-message">This audit has no questions.</p>

  return (
    <div className="interview__body">
      <Outline data={data} current={current} searchRef={searchRef} />
      <main className="interview__main" aria-label="Question">
        <QuestionPanel
          key={`${auditId}/${current.sectionId}/${current.question.id}`}
          data={data}
          current={current}
          readOnly={readOnly}
          notesRef={notesRef}
          onPrevious={() => goTo(data.order[current.index - 1])}
          onNext={() => goTo(data.order[current.index + 1])}
        />
        <ShortcutLegend />
      </main>
    </div>
  )
}

const FINAL_MESSAGE = 'This audit is final, so nothing was changed. Reopen it to make changes.'

/** A key that would change a final audit says why it did nothing, once while the toast shows. */
function sayFinal(): void {
  const toasts = useToasts.getState()
  if (toasts.toasts.some((toast) => toast.message === FINAL_MESSAGE)) return
  toasts.show({ message: FINAL_MESSAGE, tone: 'info' })
}

function isTextField(element: HTMLElement): boolean {
  if (element.isContentEditable) return true
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true
  return (
    element instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(element.type)
  )
}
