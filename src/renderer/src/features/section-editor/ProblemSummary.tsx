import type { DraftProblem } from '@core/authoring'
import { plural } from '../../components/format'
import { focusField } from './field-ids'

/** The count of problems at the top of the editor, each a way to the field it is about. */
export function ProblemSummary({ problems }: { problems: readonly DraftProblem[] }) {
  if (problems.length === 0)
    return (
      <p className="notice editor-problems editor-problems--none" role="status">
        No problems: this section can be published.
      </p>
    )
  return (
    <section className="notice editor-problems" aria-labelledby="editor-problems-title">
      <h2 id="editor-problems-title" className="card__title">
        {plural(problems.length, 'problem')} to fix before publishing
      </h2>
      <ul className="editor-problems__list">
        {problems.map((problem) => (
          <li key={problem.field}>
            <button
              type="button"
              className="button button--link"
              onClick={() => focusField(problem.field)}
            >
              {problem.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
