import { Link } from 'wouter'
import { useSectionDrafts } from '../../db/queries/useSectionDrafts'

/** The Library's open drafts, each a link to the section editor. */
export function DraftList() {
  const drafts = useSectionDrafts()
  if (!drafts || drafts.length === 0) return null
  return (
    <section aria-labelledby="library-drafts" className="draft-list">
      <h2 id="library-drafts" className="block-title">
        Drafts
      </h2>
      <ul className="section-list">
        {drafts.map(({ id, draft }) => (
          <li key={id}>
            <Link href={`/library/drafts/${id}`} className="section-list__link">
              <span className="section-list__eyebrow">
                Draft · Section {draft.section.number}
                {draft.section.category.trim() && ` · ${draft.section.category}`}
              </span>
              <span className="section-list__title">
                {draft.section.title.trim() || 'Untitled section'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
