import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useLocation } from 'wouter'
import type { SearchHit } from '@core/search'
import { parseQuery } from '@core/search/query'
import { messageOf } from '../../jobs/job-messages'
import { plural } from '../../components/format'
import { searchEverything } from './search-client'
import { useDatabaseChanges } from './useDatabaseChanges'
import type { SearchAnswer, SearchProgress } from './search-job'
import { searchTargetPath } from './search-paths'
import { SearchResults } from './SearchResults'
import './search.css'

interface SearchDialogProps {
  open: boolean
  onClose: () => void
}

/**
 * Search everything (issue 17): one box over every audit, results as you type, grouped by audit.
 * The box is a combobox over a listbox: the focus stays in the box while Up and Down move the
 * active result (`aria-activedescendant`), Enter goes to it, Escape closes and the browser gives
 * the focus back to where it was (a native modal <dialog>).
 */
export function SearchDialog({ open, onClose }: SearchDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const [, navigate] = useLocation()
  const [text, setText] = useState('')
  const [answer, setAnswer] = useState<{ text: string; answer: SearchAnswer }>()
  const [progress, setProgress] = useState<SearchProgress>()
  const [error, setError] = useState<string>()
  const [active, setActive] = useState(0)
  const changes = useDatabaseChanges(open)
  const shownText = useRef<string>(undefined)
  const listId = useId()
  const statusId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      setText('')
      setAnswer(undefined)
      shownText.current = undefined
      dialog.showModal()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  useEffect(() => {
    if (!open) return
    let current = true
    // An empty box still asks: the first query builds the index, so it is ready when typing starts.
    searchEverything(text, (p) => current && setProgress(p))
      .then((found) => {
        if (!current || !found) return
        // A write elsewhere refreshes the results without moving the user's place in them.
        if (shownText.current !== text) setActive(0)
        shownText.current = text
        setAnswer({ text, answer: found })
        setProgress(undefined)
        setError(undefined)
      })
      .catch((e: unknown) => current && setError(messageOf(e)))
    return () => {
      current = false
    }
  }, [text, open, changes])

  const groups = answer?.answer.outcome.groups ?? []
  const hits = groups.flatMap((g) => g.hits.map((hit) => ({ hit, auditId: g.auditId })))
  const optionId = (i: number) => `${listId}-option-${i}`
  const activeHit = hits[active]

  useEffect(() => {
    if (activeHit) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  const go = (auditId: string, hit: SearchHit) => {
    // Closed first, so the browser's return of the focus comes before the place's own focus.
    ref.current?.close()
    onClose()
    navigate(searchTargetPath(auditId, hit.target))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (hits.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i + step + hits.length) % hits.length)
    } else if (event.key === 'Enter' && activeHit) {
      event.preventDefault()
      go(activeHit.auditId, activeHit.hit)
    }
  }

  const expanded = hits.length > 0
  return (
    <dialog
      ref={ref}
      className="dialog search-dialog"
      aria-label="Search everything"
      onClose={onClose}
    >
      <input
        className="input search-dialog__box"
        type="text"
        role="combobox"
        aria-label="Search all audits: clients, systems, notes, findings and evidence"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeHit ? optionId(active) : undefined}
        aria-describedby={statusId}
        placeholder="Search clients, notes, findings, evidence…"
        maxLength={1_000}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={statusId} className="search-dialog__status" role="status">
        {describeState(text, answer, progress, error)}
      </p>
      <SearchResults
        id={listId}
        groups={groups}
        optionId={optionId}
        active={active}
        onPick={(auditId, hit) => go(auditId, hit)}
      />
      <p className="search-dialog__keys" aria-hidden="true">
        ↑ ↓ to choose · Enter to open · Esc to close
      </p>
    </dialog>
  )
}

function describeState(
  text: string,
  answer: { text: string; answer: SearchAnswer } | undefined,
  progress: SearchProgress | undefined,
  error: string | undefined,
): string {
  if (error) return error
  if (progress && !answer)
    return `Preparing search: ${progress.audits} of ${plural(progress.of, 'audit')} read…`
  if (parseQuery(text).terms.length === 0) return 'Type to search every audit.'
  if (!answer) return 'Searching…'
  const { groups, total } = answer.answer.outcome
  if (total === 0) return `Nothing found for “${answer.text.trim()}”.`
  return `${plural(total, 'result')} in ${plural(groups.length, 'audit')}.`
}
