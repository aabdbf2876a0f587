import { linkTarget } from '@core/narrative'
import type { TextSpan } from '@core/report/model'

/** A run of text spans as inline HTML, with the emphasis Word gives them. */
export function Spans({ spans }: { spans: readonly TextSpan[] }) {
  return (
    <>
      {spans.map((span, i) => (
        <Span key={i} span={span} />
      ))}
    </>
  )
}

function Span({ span }: { span: TextSpan }) {
  let node: React.ReactNode = span.text
  if (span.mono) node = <code>{node}</code>
  if (span.italic) node = <em>{node}</em>
  if (span.bold) node = <strong>{node}</strong>
  if (span.muted) node = <span className="report-doc__muted">{node}</span>
  // The same rule as Word's: only http, https and mailto addresses become links.
  const href = span.link === undefined ? undefined : linkTarget(span.link)
  if (href)
    node = (
      <a href={href} target="_blank" rel="noreferrer">
        {node}
      </a>
    )
  return node
}
