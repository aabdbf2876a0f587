import type { RefObject } from 'react'
import { Link } from 'wouter'
import { questionKey } from '@core/content'
import { matchesFilter, type Answer, type QuestionFilter, type InterviewStep } from '@core/audit'
import { useInterviewUi } from './interview-ui-store'
import { RATING_OPTIONS, ratingLabel } from './ratings'
import type { InterviewSource } from './interview-source'
import { SectionAssignee, useSectionAssignments } from '../team-share/SectionAssignee'

const FILTERS: ReadonlyArray<{ value: QuestionFilter; label: string }> = [
  { value: 'all', label: 'All questions' },
  { value: 'unanswered', label: 'Unanswered' },
  { value: 'flagged', label: 'Flagged for follow-up' },
  { value: 'requested', label: 'Evidence requested' },
]

interface OutlineProps {
  source: InterviewSource
  current: InterviewStep
  searchRef: RefObject<HTMLInputElement | null>
}

/** Section → check → question, each question with its state; filter and search narrow it. */
export function Outline({ source, current, searchRef }: OutlineProps) {
  const { filter, search, setFilter, setSearch } = useInterviewUi()
  const assignments = useSectionAssignments(source.id)
  const visible = source.order.filter((ref) =>
    matchesFilter(
      ref,
      source.answers.get(questionKey(ref.sectionId, ref.question.id)),
      filter,
      search,
    ),
  )

  return (
    <aside className="outline" aria-label="Interview outline">
      <div className="outline__tools">
        <label className="visually-hidden" htmlFor="outline-search">
          Search questions
        </label>
        <input
          id="outline-search"
          ref={searchRef}
          type="search"
          className="input"
          placeholder="Search questions and notes"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label className="visually-hidden" htmlFor="outline-filter">
          Show
        </label>
        <select
          id="outline-filter"
          className="input"
          value={filter}
          onChange={(e) => setFilter(e.target.value as QuestionFilter)}
        >
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <nav aria-label="Questions">
        {source.sections.map((section) => (
          <div key={section.id} className="outline__section">
            <h2 className="outline__section-title">
              {section.number} · {section.title}
            </h2>
            {assignments && (
              <SectionAssignee
                assignments={assignments}
                sectionId={section.id}
                sectionTitle={section.title}
              />
            )}
            <PreparationLink path={source.preparationPath(section)} />
            {section.checks.map((check) => {
              const refs = visible.filter(
                (r) => r.sectionId === section.id && r.check.id === check.id,
              )
              if (refs.length === 0) return null
              return (
                <div key={check.id} className="outline__check">
                  <h3 className="outline__check-title">{check.title}</h3>
                  <ol className="outline__questions">
                    {refs.map((ref) => (
                      <OutlineItem
                        key={ref.question.id}
                        href={source.questionPath(ref)}
                        refItem={ref}
                        answer={source.answers.get(questionKey(ref.sectionId, ref.question.id))}
                        current={ref === current}
                      />
                    ))}
                  </ol>
                </div>
              )
            })}
          </div>
        ))}
        {visible.length === 0 && <p className="muted outline__empty">No question matches.</p>}
      </nav>
    </aside>
  )
}

/** A section's "Before you start" checklist, where the walk has one to open. */
function PreparationLink({ path }: { path: string | undefined }) {
  if (path === undefined) return null
  return (
    <Link className="outline__prep" href={path}>
      Before you start
    </Link>
  )
}

function OutlineItem(props: {
  href: string
  refItem: InterviewStep
  answer: Answer | undefined
  current: boolean
}) {
  const { href, refItem: ref, answer, current } = props
  const symbol = RATING_OPTIONS.find((o) => o.rating === answer?.rating)?.symbol ?? '○'
  const state = [ratingLabel(answer?.rating), answer?.followUp ? 'flagged' : undefined]
    .filter(Boolean)
    .join(', ')
  return (
    <li>
      <Link
        href={href}
        className="outline__question"
        aria-current={current ? 'step' : undefined}
        data-rating={answer?.rating ?? 'none'}
      >
        <span className="outline__symbol" aria-hidden="true">
          {symbol}
        </span>
        <span className="outline__prompt">{ref.question.prompt}</span>
        {answer?.followUp && (
          <span className="outline__flag" aria-hidden="true">
            ⚑
          </span>
        )}
        <span className="visually-hidden"> ({state})</span>
      </Link>
    </li>
  )
}
