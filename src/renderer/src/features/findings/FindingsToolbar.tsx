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
      <ToolbarSelect
        id="findings-sort"
        label="Sort by"
        value={sort}
        options={FINDING_SORTS.map((s) => [s, FINDING_SORT_LABELS[s]])}
        onChange={(value) => setSort(value as FindingSort)}
      />
      <ToolbarSelect
        id="findings-status"
        label="Status"
        value={filters.status}
        options={[
          ['all', 'All statuses'],
          ...FINDING_STATUSES.map((s): Option => [s, FINDING_STATUS_LABELS[s]]),
        ]}
        onChange={(value) => setFilter('status', value as FindingStatus | 'all')}
      />
      <ToolbarSelect
        id="findings-severity"
        label="Severity"
        value={filters.severity}
        options={[
          ['all', 'All severities'],
          ...SEVERITIES.map((s): Option => [s, SEVERITY_LABELS[s]]),
        ]}
        onChange={(value) => setFilter('severity', value as Severity | 'all')}
      />
      <ToolbarSelect
        id="findings-section"
        label="Section"
        value={filters.sectionId}
        options={[
          ['all', 'All sections'],
          ...sections.map(({ section }): Option => [
            section.id,
            `${section.number} · ${section.title}`,
          ]),
        ]}
        onChange={(value) => setFilter('sectionId', value)}
      />
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

/** A value and the words shown for it. */
type Option = readonly [value: string, label: string]

function ToolbarSelect(props: {
  id: string
  label: string
  value: string
  options: readonly Option[]
  onChange: (value: string) => void
}) {
  return (
    <div className="findings-toolbar__control">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="input select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}
