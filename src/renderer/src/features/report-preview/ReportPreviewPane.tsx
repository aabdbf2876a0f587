import { useDeferredValue, useState } from 'react'
import type { AuditData } from '../audit-frame/useAuditData'
import { ReportDocument } from './ReportDocument'
import { useReportPreview, type ReportPreview } from './useReportPreview'

const ZOOMS = [0.5, 0.75, 1, 1.25] as const
const PREPARING: ReportPreview = { status: 'loading' }

/**
 * The report as the client will read it, built from what is saved by the same model the Word
 * export uses, and rebuilt as the consultant writes. The rebuilt document renders as a deferred
 * value: React renders it in slices between the consultant's keystrokes, not in one long task.
 */
export function ReportPreviewPane({ data }: { data: AuditData }) {
  // Deferred from the first render on: the screen shows at once, the document follows.
  const preview = useDeferredValue(useReportPreview(data.audit.id), PREPARING)
  const [zoom, setZoom] = useState<number>(0.75)

  return (
    <section className="report-preview" aria-labelledby="report-preview-title">
      <div className="report-preview__bar">
        <h2 id="report-preview-title" className="report-preview__title">
          Preview
        </h2>
        <label className="report-preview__zoom">
          Zoom{' '}
          <select
            className="input"
            value={zoom}
            onChange={(event) => setZoom(Number(event.target.value))}
          >
            {ZOOMS.map((z) => (
              <option key={z} value={z}>
                {Math.round(z * 100)}%
              </option>
            ))}
          </select>
        </label>
      </div>
      {preview.status === 'loading' ? (
        <p className="report-preview__status" role="status">
          Preparing the preview…
        </p>
      ) : preview.status === 'failed' ? (
        <p className="field__error" role="alert">
          The preview could not be made: {preview.message}
        </p>
      ) : (
        <div className="report-preview__pages">
          <div style={{ zoom }}>
            <ReportDocument model={preview.model} urls={preview.urls} imageLoading="lazy" />
          </div>
        </div>
      )}
    </section>
  )
}
