import { useMemo } from 'react'
import { Link, useParams } from 'wouter'
import type { SectionDraft } from '@core/authoring'
import { useSectionDraft } from '../../db/queries/useSectionDrafts'
import { InterviewWalk } from '../interview/InterviewWalk'
import { previewOfDraft } from './draft-preview'
import { PreviewQuestionPanel } from './PreviewQuestionPanel'
import { previewSource } from './preview-source'
import './draft-preview.css'

/**
 * "Preview as interview" (PRODUCT.md §14): a section draft walked in the interview's own screen,
 * read live, so an edit made in the editor (in this window or another) shows at once. Nothing can
 * be recorded and nothing is written.
 */
export function DraftPreviewScreen() {
  const { draftId = '', questionId } = useParams<{ draftId: string; questionId?: string }>()
  const row = useSectionDraft(draftId)
  if (row === undefined) return <p className="screen-message">Opening the draft…</p>
  if (row === null) {
    return (
      <main className="screen-message">
        <h1>This draft no longer exists</h1>
        <p>It was published or discarded.</p>
        <Link href="/library">Back to the library</Link>
      </main>
    )
  }
  return <DraftPreview draftId={draftId} draft={row.draft} questionId={questionId} />
}

function DraftPreview(props: { draftId: string; draft: SectionDraft; questionId?: string }) {
  const { draftId, draft, questionId } = props
  const preview = useMemo(() => previewOfDraft(draft), [draft])
  const source = useMemo(() => previewSource(draftId, preview), [draftId, preview])
  const { section, checksWithoutQuestions } = preview

  return (
    <div className="draft-preview">
      <header className="draft-preview__header">
        <div className="draft-preview__identity">
          <Link href={`/library/drafts/${draftId}`} className="draft-preview__back">
            ← Back to the editor
          </Link>
          <h1 className="draft-preview__title">
            Preview of Section {section.number} · {section.title}
          </h1>
        </div>
        <p className="notice draft-preview__notice" role="note">
          <strong>Preview — answers are not recorded.</strong> Walk the questions as in an
          interview; rating, notes and evidence are for audits.
        </p>
        {checksWithoutQuestions.length > 0 && (
          <p className="muted draft-preview__skipped">
            No questions yet in {checksWithoutQuestions.map((title) => `“${title}”`).join(', ')}, so
            the interview passes by {checksWithoutQuestions.length === 1 ? 'it' : 'them'}.
          </p>
        )}
      </header>
      <div className="draft-preview__body">
        <InterviewWalk
          source={source}
          sectionId={section.id}
          questionId={questionId}
          renderQuestion={(slot) => (
            <PreviewQuestionPanel draft={draft} slot={slot} total={preview.order.length} />
          )}
        />
      </div>
    </div>
  )
}
