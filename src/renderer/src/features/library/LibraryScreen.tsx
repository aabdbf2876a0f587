import { Link, useParams } from 'wouter'
import type { Section } from '@core/content'
import { plural } from '../../components/format'
import { DraftList } from '../section-editor/DraftList'
import { NewSectionButton, SectionActions } from '../section-editor/SectionActions'
import { TeamLibrary } from '../team-library/TeamLibrary'
import { PackManager } from './PackManager'
import { SectionDetail } from './SectionDetail'
import { useInstalledPacks } from './useInstalledPacks'
import './library.css'

/** The question library: every installed section, and the chosen one in full. */
export function LibraryScreen() {
  const packs = useInstalledPacks()
  const { sectionId } = useParams<{ sectionId?: string }>()
  const sections = packs.flatMap((pack) => pack.sections)
  const chosen = sections.find((s) => s.id === sectionId) ?? sections[0]
  const chosenPack = packs.find((pack) => chosen && pack.sections.includes(chosen))

  return (
    <div className="two-pane">
      <aside className="two-pane__side" aria-labelledby="library-sections">
        <h1 id="library-sections" className="pane-title">
          Library
        </h1>
        <p className="muted">{plural(sections.length, 'section')} installed</p>
        <NewSectionButton />
        <ul className="section-list">
          {sections.map((section) => (
            <li key={section.id}>
              <SectionLink section={section} current={section.id === chosen?.id} />
            </li>
          ))}
        </ul>
        <DraftList />
        <PackManager />
        <TeamLibrary />
      </aside>
      <main className="two-pane__main">
        {chosen ? (
          <SectionDetail
            section={chosen}
            actions={chosenPack && <SectionActions section={chosen} pack={chosenPack} />}
          />
        ) : (
          <p className="muted">No sections are installed.</p>
        )}
      </main>
    </div>
  )
}

function SectionLink({ section, current }: { section: Section; current: boolean }) {
  return (
    <Link
      href={`/library/${section.id}`}
      className="section-list__link"
      aria-current={current ? 'page' : undefined}
    >
      <span className="section-list__eyebrow">
        Section {section.number} · {section.category}
      </span>
      <span className="section-list__title">{section.title}</span>
      <span className="section-list__summary">{section.summary}</span>
    </Link>
  )
}
