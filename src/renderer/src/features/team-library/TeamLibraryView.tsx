import type { ContentPack } from '@core/content'
import type { LibraryProblem, LibraryVersion } from '@core/team'
import { formatDateTime, plural } from '../../components/format'
import type { InstalledPackRow } from '../../db/database'
import { versionKey } from './team-library-actions'

export type TeamLibraryState =
  | { state: 'reading' }
  | { state: 'failed'; message: string }
  | { state: 'read'; versions: LibraryVersion[]; problems: LibraryProblem[] }

export interface TeamLibraryViewProps {
  library: TeamLibraryState
  /** The pack versions installed here (the built-in pack is every member's already). */
  installed: readonly InstalledPackRow[]
  /** The version being published or installed, by `versionKey`: its button waits. */
  busy?: string
  onPublish(pack: ContentPack): void
  onInstall(version: LibraryVersion): void
  onRefresh(): void
}

/** The firm library as the Library screen shows it while a team workspace is connected. */
export function TeamLibraryView(props: TeamLibraryViewProps) {
  const { library, installed, busy } = props
  const read = library.state === 'read' ? library : undefined
  const published = new Set(read?.versions.map((version) => versionKey(version.pack)))
  const here = new Set(installed.map((row) => versionKey(row)))
  // Offered only once the library is read: before, it is not known what it holds.
  const unpublished = read ? installed.filter((row) => !published.has(versionKey(row))) : []

  return (
    <section className="team-library" aria-labelledby="team-library-title">
      <div className="pack-manager__header">
        <h2 id="team-library-title" className="pack-manager__title">
          Team library
        </h2>
        <button
          type="button"
          className="button button--small"
          disabled={library.state === 'reading'}
          onClick={props.onRefresh}
        >
          Refresh team library
        </button>
      </div>
      <p role="status" className="team-library__status">
        {statusText(library)}
      </p>

      {unpublished.length > 0 && (
        <>
          <h3 id="team-library-unpublished" className="team-library__subtitle">
            Not yet in the team library
          </h3>
          <ul className="pack-list" aria-labelledby="team-library-unpublished">
            {unpublished.map((row) => {
              const name = `${row.pack.title} ${row.version}`
              return (
                <li key={versionKey(row)} className="pack-list__item" aria-label={name}>
                  <span className="pack-list__title">{row.pack.title}</span>
                  <span className="pack-list__meta">version {row.version}</span>
                  <button
                    type="button"
                    className="button button--small pack-list__remove"
                    aria-label={`Publish ${name} to the team library`}
                    disabled={busy === versionKey(row)}
                    onClick={() => props.onPublish(row.pack)}
                  >
                    {busy === versionKey(row) ? 'Publishing…' : 'Publish to team library'}
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}

      {read && read.versions.length > 0 && (
        <>
          <h3 id="team-library-published" className="team-library__subtitle">
            Published by the firm
          </h3>
          <ul className="pack-list" aria-labelledby="team-library-published">
            {read.versions.map((version) => {
              const { pack } = version
              const key = versionKey(pack)
              const name = `${pack.title} ${pack.version}`
              return (
                <li key={key} className="pack-list__item" aria-label={name}>
                  <span className="pack-list__title">{pack.title}</span>
                  <span className="pack-list__meta">
                    <code>{pack.id}</code> · version {pack.version} ·{' '}
                    {plural(pack.sections.length, 'section')}
                  </span>
                  <span className="pack-list__meta">
                    Published by {version.by} on {formatDateTime(version.publishedAt)}
                  </span>
                  {here.has(key) ? (
                    <span className="tag pack-list__builtin">Installed here</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--small pack-list__remove"
                      aria-label={`Install ${name} from the team library`}
                      disabled={busy === key}
                      onClick={() => props.onInstall(version)}
                    >
                      {busy === key ? 'Installing…' : 'Install'}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}

      {read && read.problems.length > 0 && (
        <div role="alert" className="team-library__problems">
          <p>
            {plural(read.problems.length, 'entry', 'entries')} of the team library could not be read
            and {read.problems.length === 1 ? 'is' : 'are'} not shown. Tell the firm’s admin:
          </p>
          <ul>
            {read.problems.map((problem) => (
              <li key={problem.what}>
                <code>{problem.what}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

function statusText(library: TeamLibraryState): string {
  switch (library.state) {
    case 'reading':
      return 'Reading the team library…'
    case 'failed':
      return library.message
    case 'read':
      return library.versions.length === 0
        ? 'The firm has not published any content pack yet.'
        : `${plural(library.versions.length, 'pack version')} published by the firm.`
  }
}
