import type { AuditData } from '../audit-frame/useAuditData'

/** The report as the client will read it, built from what is saved. */
export function ReportPreviewPane({ data }: { data: AuditData }) {
  return (
    <section aria-labelledby="report-preview-title">
      <h2 id="report-preview-title">Preview of the report for {data.audit.client}</h2>
    </section>
  )
}
