import type { AuditData } from '../audit-frame/useAuditData'

/** The consultant's writing for the report. */
export function NarrativePanel({ data }: { data: AuditData }) {
  return (
    <section aria-labelledby="narrative-title">
      <h2 id="narrative-title">Your writing for {data.audit.client}</h2>
    </section>
  )
}
