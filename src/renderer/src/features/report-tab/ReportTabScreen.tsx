import { useParams } from 'wouter'
import { AuditFrame } from '../audit-frame/AuditFrame'
import type { AuditData } from '../audit-frame/useAuditData'
import { NarrativePanel } from '../narrative/NarrativePanel'
import { ExportPdfButton } from '../report-preview/ExportPdfButton'
import { ReportPreviewPane } from '../report-preview/ReportPreviewPane'
import './report-tab.css'

/**
 * The Report tab (issue 15): the consultant's writing beside the report as the client will read
 * it. The preview is built from what is saved, so it shows what an export would contain. The
 * Word export stays in the audit's header, on every tab; the PDF is the preview printed.
 */
export function ReportTabScreen() {
  const { auditId = '' } = useParams<{ auditId: string }>()
  return <AuditFrame auditId={auditId}>{(data) => <ReportTab data={data} />}</AuditFrame>
}

function ReportTab({ data }: { data: AuditData }) {
  return (
    <main className="report-tab" aria-labelledby="report-tab-title">
      <header className="report-tab__header">
        <h1 id="report-tab-title" className="report-tab__title">
          Report
        </h1>
        <ExportPdfButton audit={data.audit} />
      </header>
      <div className="report-tab__writing">
        <NarrativePanel data={data} />
      </div>
      <div className="report-tab__preview">
        <ReportPreviewPane data={data} />
      </div>
    </main>
  )
}
