import { useId } from 'react'
import type { AuditContent, InterviewStep } from '@core/audit'
import { CATEGORY_LABELS, EVIDENCE_CATEGORIES, type EvidenceCategory } from '@core/evidence'
import {
  changeFilter,
  isFiltered,
  NO_FILTER,
  UNLINKED,
  VERSION_FILTERS,
  type EvidenceVersionFilter,
} from './locker-filter'
import { useLockerUi } from './locker-ui-store'
import { QuestionSelect } from './QuestionSelect'

interface LockerFiltersProps {
  content: AuditContent
  order: readonly InterviewStep[]
  steps: ReadonlyMap<string, InterviewStep>
}

/** Section, check, question, type and versions: each narrows the list; "Clear filters" shows all again. */
export function LockerFilters({ content, order, steps }: LockerFiltersProps) {
  const id = useId()
  const { filter, setFilter } = useLockerUi()
  const update = (change: Parameters<typeof changeFilter>[1]) =>
    setFilter(changeFilter(filter, change, steps))
  const sections = content.sections.map((s) => s.section)
  const checks = sections
    .filter((s) => !filter.sectionId || s.id === filter.sectionId)
    .flatMap((s) => s.checks.map((check) => ({ section: s, check })))
  const questions = order.filter(
    (step) =>
      (!filter.sectionId || step.sectionId === filter.sectionId) &&
      (!filter.checkId || step.check.id === filter.checkId),
  )

  return (
    <div className="locker-filters" role="group" aria-label="Filter evidence">
      <div className="locker-filter">
        <label className="locker-filter__label" htmlFor={`${id}-section`}>
          Section
        </label>
        <select
          id={`${id}-section`}
          className="input select"
          value={filter.sectionId}
          onChange={(e) => update({ sectionId: e.target.value })}
        >
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.number} · {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="locker-filter">
        <label className="locker-filter__label" htmlFor={`${id}-check`}>
          Check
        </label>
        <select
          id={`${id}-check`}
          className="input select"
          value={filter.checkId}
          onChange={(e) => update({ checkId: e.target.value })}
        >
          <option value="">All checks</option>
          {checks.map(({ section, check }) => (
            <option key={`${section.id}/${check.id}`} value={check.id}>
              {check.title}
            </option>
          ))}
        </select>
      </div>
      <div className="locker-filter locker-filter--wide">
        <label className="locker-filter__label" htmlFor={`${id}-question`}>
          Question
        </label>
        <QuestionSelect
          id={`${id}-question`}
          className="input select"
          value={filter.questionKey}
          onChange={(key) => update({ questionKey: key })}
          questions={questions}
        >
          <option value="">All questions</option>
          <option value={UNLINKED}>Not linked to a question</option>
        </QuestionSelect>
      </div>
      <div className="locker-filter">
        <label className="locker-filter__label" htmlFor={`${id}-type`}>
          Type
        </label>
        <select
          id={`${id}-type`}
          className="input select"
          value={filter.category}
          onChange={(e) => update({ category: e.target.value as EvidenceCategory | '' })}
        >
          <option value="">All types</option>
          {EVIDENCE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </div>
      <div className="locker-filter">
        <label className="locker-filter__label" htmlFor={`${id}-version`}>
          Versions
        </label>
        <select
          id={`${id}-version`}
          className="input select"
          value={filter.version}
          onChange={(e) => update({ version: e.target.value as EvidenceVersionFilter | '' })}
        >
          <option value="">All items</option>
          {Object.entries(VERSION_FILTERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filter) && (
        <button
          type="button"
          className="button button--link locker-filters__clear"
          onClick={() => setFilter(NO_FILTER)}
        >
          Clear filters
        </button>
      )}
    </div>
  )
}
