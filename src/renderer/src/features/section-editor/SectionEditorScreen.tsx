import { Link, useParams } from 'wouter'
import { useSectionDraft } from '../../db/queries/useSectionDrafts'
import { DraftEditor } from './DraftEditor'
import './section-editor.css'

/** The section editor (PRODUCT.md §14) for one draft. */
export function SectionEditorScreen() {
  const { draftId = '' } = useParams<{ draftId: string }>()
  const row = useSectionDraft(draftId)
  if (row === undefined) return null
  if (row === null) return <DraftGone />
  return (
    // Keyed by draft: the editor starts from the row once; later rows are its own saves coming back.
    <DraftEditor key={row.id} row={row} />
  )
}

function DraftGone() {
  return (
    <main className="page">
      <h1 className="page__title">This draft is no longer here</h1>
      <p className="notice" role="alert">
        It was published or discarded, perhaps in another window. Published sections are in the
        Library; a discarded draft cannot be brought back.
      </p>
      <p>
        <Link href="/library">Back to the Library</Link>
      </p>
    </main>
  )
}
