import type { AuditContent } from '@core/audit'
import { describeScoringMethod } from '@core/scoring'

/** The method, in the words the report uses, one click away. */
export function ScoringMethod({ content }: { content: AuditContent }) {
  return (
    <details className="card scoring-method">
      <summary className="scoring-method__summary">How these results are calculated</summary>
      {describeScoringMethod(content).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <dl key={i} className="scoring-method__terms">
            {block.items.map((item) => (
              <div key={item.term}>
                <dt>{item.term}</dt>
                <dd>{item.text}</dd>
              </div>
            ))}
          </dl>
        ),
      )}
    </details>
  )
}
