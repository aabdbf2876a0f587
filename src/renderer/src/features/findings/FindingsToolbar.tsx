import type { ScopedSection } from '@core/audit'
import {
  FINDING_STATUS_LABELS,
  FINDING_STATUSES,
  SEVERITIES,
  SEVERITY_LABELS,
  type FindingStatus,
  type Severity,
} from '@core/findings'
import { FINDING_SORT_LABELS, FINDING_SORTS, type FindingSort } from './findings-list'
import { useFindingsView } from './findings-view-store'

/** Sort and filters of the findings list. */
export function FindingsToolbar({ sections }: { sections: readonly ScopedSection[] }) {
  const { sort, filters, setSort, setFilter } = useFindingsView()
  return (
    <div className="findings-toolbar" role="group" aria-label="Sort and filter findings">
      <div className="findings-toolbar__control">
        <label className="field__label" htmlFor="findings-sort">
          Sort by
        </label>
        <select
          id="findings-sort"
          className="input select"
          value={sort}
          onChange={(e) => setSort(e.target.value as FindingSort)}
        >
          {FINDING_SORTS.map((s) => (
            <option key={s} value={s}>
              {FINDING_SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="findings-toolbar__control">
        <label className="field__label" htmlFor="findings-status">
          Status
        </label>
        <select
          id="findings-status"
          className="input select"
          value={filters.status}
          onChange={(e) => setFilter('status', e.target.value as FindingStatus | 'all')}
        >
          <option value="all">All statuses</option>
          {FINDING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {FINDING_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="findings-toolbar__control">
        <label className="field__label" htmlFor="findings-severity">
          Severity
        </label>
        <select
          id="findings-severity"
          className="input select"
          value={filters.severity}
          onChange={(e) => setFilter('severity', e.target.value as Severity | 'all')}
        >
          <option value="all">All severities</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="findings-toolbar__control">
        <label className="field__label" htmlFor="findings-section">
          Section
        </label>
        <select
          id="findings-section"
          className="input select"
          value={filters.sectionId}
          onChange={(e) => setFilter('sectionId', e.target.value)}
        >
          <option value="all">All sections</option>
          {sections.map(({ section }) => (
            <option key={section.id} value={section.id}>
              {section.number} · {section.title}
            </option>
          ))}
        </select>
      </div>
      <label className="choice findings-toolbar__missing">
        <input
          type="checkbox"
          checked={filters.missingOwnerOrDate}
          onChange={(e) => setFilter('missingOwnerOrDate', e.target.checked)}
        />
        <span>Missing owner or date</span>
      </label>
    </div>
  )
}
