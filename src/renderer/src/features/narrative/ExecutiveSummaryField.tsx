import { useEffect, useRef, useState } from 'react'
import { compareParagraphs, type ParagraphChange, type RichText } from '@core/narrative'
import { showError } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { removeNarrativePart } from '../../db/repositories/narratives'
import { loadGeneratedSummary } from './load-generated-summary'
import { AUDIT_PART_FIELDS, DRAFT_MARKER } from './narrative-fields'
import { NarrativeField } from './NarrativeField'
import { RegenerateDialog } from './RegenerateDialog'

interface ExecutiveSummaryFieldProps {
  auditId: string
  /** The consultant's summary, if written. */
  saved: RichText | undefined
  readOnly: boolean
}

const PART = 'executive-summary'

/**
 * The executive summary: the generated draft, marked as one, until the consultant edits it; then
 * theirs. "Regenerate draft" shows the paragraph-by-paragraph change before replacing anything.
 */
export function ExecutiveSummaryField({ auditId, saved, readOnly }: ExecutiveSummaryFieldProps) {
  const db = useDatabase()
  const [draft, setDraft] = useState<RichText>()
  // Bumped to start the editor again from a new draft.
  const [generation, setGeneration] = useState(0)
  const [edited, setEdited] = useState(false)
  const [review, setReview] = useState<{ next: RichText; changes: ParagraphChange[] }>()
  const shown = useRef<RichText | undefined>(saved)
  const flush = useRef<(() => Promise<void>) | null>(null)
  // Read once: the editor owns its text from then on, the database what was saved.
  const [initialSaved] = useState(saved)

  useEffect(() => {
    if (initialSaved) return
    let current = true
    loadGeneratedSummary(db, auditId).then((doc) => {
      if (!current) return
      shown.current = doc
      setDraft(doc)
    }, showError)
    return () => {
      current = false
    }
  }, [db, auditId, initialSaved])

  const start = generation === 0 ? (initialSaved ?? draft) : draft
  const isDraft = !saved && !edited
  const regenerate = async () => {
    try {
      const next = await loadGeneratedSummary(db, auditId)
      setReview({ next, changes: compareParagraphs(shown.current ?? { blocks: [] }, next) })
    } catch (error) {
      showError(error)
    }
  }
  const replace = async (next: RichText) => {
    setReview(undefined)
    try {
      // What is still being written lands first, so it cannot bring the old text back after.
      await flush.current?.()
      // The summary goes back to being the draft: unwritten, so the report uses the draft too.
      await removeNarrativePart(db, auditId, PART)
      shown.current = next
      setDraft(next)
      setEdited(false)
      setGeneration((g) => g + 1)
    } catch (error) {
      showError(error)
    }
  }

  const { label, hint } = AUDIT_PART_FIELDS[PART]
  if (!start) return <p className="narrative-field__loading">Preparing the draft summary…</p>
  return (
    <>
      <NarrativeField
        key={generation}
        auditId={auditId}
        part={PART}
        label={label}
        hint={hint}
        initial={start}
        readOnly={readOnly}
        flushRef={flush}
        note={isDraft ? DRAFT_MARKER : undefined}
        onEdit={(doc) => {
          shown.current = doc
          setEdited(true)
        }}
        actions={
          <button
            type="button"
            className="button button--small"
            disabled={readOnly}
            onClick={() => void regenerate()}
          >
            Regenerate draft
          </button>
        }
      />
      {review && (
        <RegenerateDialog
          changes={review.changes}
          replacesOwnWriting={!isDraft}
          onReplace={() => void replace(review.next)}
          onCancel={() => setReview(undefined)}
        />
      )}
    </>
  )
}
