import { useAuditListView } from './audit-list-view-store'
import { AUDIT_SORTS, SORT_LABELS, type AuditSort } from './audit-list'

/** Search, sort and the archived toggle of the audits screen. */
export function AuditListToolbar() {
  const { query, sort, showArchived, setQuery, setSort, setShowArchived } = useAuditListView()
  return (
    <div className="audit-toolbar">
      <div className="audit-toolbar__search" role="search">
        <label className="field__label" htmlFor="audit-search">
          Search audits
        </label>
        <input
          id="audit-search"
          className="input"
          type="search"
          placeholder="Client, system, auditor or firm"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="audit-toolbar__sort">
        <label className="field__label" htmlFor="audit-sort">
          Sort by
        </label>
        <select
          id="audit-sort"
          className="input select"
          value={sort}
          onChange={(e) => setSort(e.target.value as AuditSort)}
        >
          {AUDIT_SORTS.map((option) => (
            <option key={option} value={option}>
              {SORT_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <label className="choice audit-toolbar__archived">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
        <span>Show archived</span>
      </label>
    </div>
  )
}
