import { useParams } from 'wouter'
import { draftProblems } from '@core/authoring'
import { useSectionDraft } from '../../db/queries/useSectionDrafts'

/** The section editor (PRODUCT.md §14) for one draft. */
export function SectionEditorScreen() {
  const { draftId = '' } = useParams<{ draftId: string }>()
  const row = useSectionDraft(draftId)
  if (row === undefined) return null
  if (row === null) return <p className="muted">This draft was published or discarded.</p>
  const problems = draftProblems(row.draft)
  return (
    <main className="section-editor">
      <h1>{row.draft.section.title.trim() || 'Untitled section'}</h1>
      <p className="muted">{problems.length} problems</p>
    </main>
  )
}
