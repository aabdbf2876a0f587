import type { SearchGroup, SearchHit } from '@core/search'
import { hitKindLabel } from './search-paths'

interface SearchResultsProps {
  id: string
  groups: readonly SearchGroup[]
  optionId: (index: number) => string
  /** The active result's place among all shown. */
  active: number
  onPick: (auditId: string, hit: SearchHit) => void
}

/** The results as a listbox of options grouped by audit, each with the words it matched marked. */
export function SearchResults({ id, groups, optionId, active, onPick }: SearchResultsProps) {
  let index = 0
  return (
    // Hidden while empty: the box's aria-controls still names it, but there is nothing to read.
    <div
      id={id}
      role="listbox"
      aria-label="Results"
      className="search-results"
      hidden={groups.length === 0}
    >
      {groups.map((group) => {
        const headingId = `${id}-group-${group.auditId}`
        return (
          <div key={group.auditId} role="group" aria-labelledby={headingId}>
            <div id={headingId} role="presentation" className="search-results__heading">
              {group.heading}
            </div>
            {group.hits.map((hit) => {
              const i = index++
              return (
                <div
                  key={hit.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="search-results__option"
                  // The focus stays in the box: a click only picks.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onPick(group.auditId, hit)}
                >
                  <span className="search-results__kind">{hitKindLabel(hit)}</span>
                  {/* What the text matched belongs to; a matched title or name is its own label. */}
                  {hit.kind !== 'audit' && hit.field === 'text' && (
                    <span className="search-results__label">{hit.label}</span>
                  )}
                  <span className="search-results__snippet">
                    {hit.snippet.map((part, n) =>
                      part.mark ? (
                        <mark key={n}>{part.text}</mark>
                      ) : (
                        <span key={n}>{part.text}</span>
                      ),
                    )}
                  </span>
                </div>
              )
            })}
            {group.more > 0 && (
              <div role="presentation" className="search-results__more">
                and {group.more} more in this audit
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}
