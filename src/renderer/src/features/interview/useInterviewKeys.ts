import { useEffect, type RefObject } from 'react'
import { nextUnanswered, type InterviewStep } from '@core/audit'
import { questionKey } from '@core/content'
import type { InterviewSource } from './interview-source'
import { shortcutFor } from './shortcuts'
import { takesTyping } from '../../components/text-field'

/** Where the walk is, as the key handler must read it: the latest, even between renders. */
export interface WalkPosition {
  source: InterviewSource
  current: InterviewStep | undefined
}

interface InterviewKeyTargets {
  /** Moves to a question (nothing when undefined), updating `latest` at once. */
  goTo(step: InterviewStep | undefined): void
  notesRef: RefObject<HTMLTextAreaElement | null>
  searchRef: RefObject<HTMLInputElement | null>
}

/**
 * The interview's keyboard (PRODUCT.md §4): the shortcuts of `shortcuts.ts`, acting on the question
 * in `latest`. Changes to an answer go to the source, which records them or says why it cannot.
 */
export function useInterviewKeys(
  latest: RefObject<WalkPosition>,
  { goTo, notesRef, searchRef }: InterviewKeyTargets,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { source, current } = latest.current
      if (!current) return
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      const target = event.target as HTMLElement
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inTextField: takesTyping(target),
      })
      if (!action) return
      // Not prevented: the field still gets its Esc, and then loses focus.
      if (action.kind === 'leave-text-field') return target.blur()
      const answer = source.answers.get(questionKey(current.sectionId, current.question.id))
      event.preventDefault()
      switch (action.kind) {
        case 'rate':
          return source.record(current, { rating: action.rating })
        case 'basis':
          return source.record(current, { basis: action.basis })
        case 'toggle-follow-up':
          return source.record(current, { followUp: !(answer?.followUp ?? false) })
        case 'toggle-notes-internal':
          return source.record(current, { notesInternal: !(answer?.notesInternal ?? false) })
        case 'next':
          return goTo(source.order[current.index + 1])
        case 'previous':
          return goTo(source.order[current.index - 1])
        case 'next-unanswered':
          return goTo(nextUnanswered(source.order, source.answers, current.index))
        case 'focus-notes':
          return notesRef.current?.focus()
        case 'focus-search':
          return searchRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [latest, goTo, notesRef, searchRef])
}
