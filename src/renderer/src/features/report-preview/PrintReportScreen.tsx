import { useEffect, useRef, useState } from 'react'
import { useParams } from 'wouter'
import { ReportDocument } from './ReportDocument'
import { imagesLoaded } from './print-ready'
import { useReportPreview } from './useReportPreview'

/**
 * The report alone, for printing: no app chrome, every image loaded at once. The root says
 * `data-report-ready="true"` once the document and all its images are in place (or "failed"
 * with the reason shown), which is what the desktop app's PDF export and the tests wait for.
 * With `/dialog` at the end of its address (the browser's "Export PDF"), it opens the print
 * dialog itself when ready.
 */
export function PrintReportScreen() {
  const { auditId = '', mode } = useParams<{ auditId: string; mode?: string }>()
  const preview = useReportPreview(auditId)
  const root = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)
  const printed = useRef(false)

  useEffect(() => {
    const html = document.documentElement
    html.classList.add('report-print-root')
    return () => html.classList.remove('report-print-root')
  }, [])

  useEffect(() => {
    if (preview.status !== 'ready' || !root.current) return
    document.title = preview.model.cover.title
    const waiting = new AbortController()
    setReady(false)
    void imagesLoaded(root.current, waiting.signal).then(() => {
      if (!waiting.signal.aborted) setReady(true)
    })
    return () => waiting.abort()
  }, [preview])

  useEffect(() => {
    if (!ready || mode !== 'dialog' || printed.current) return
    printed.current = true
    window.print()
  }, [ready, mode])

  return (
    <div
      ref={root}
      className="report-print"
      data-report-ready={preview.status === 'failed' ? 'failed' : String(ready)}
    >
      {preview.status === 'failed' ? (
        <p role="alert">The report could not be made: {preview.message}</p>
      ) : preview.status === 'ready' ? (
        <ReportDocument model={preview.model} urls={preview.urls} imageLoading="eager" />
      ) : null}
    </div>
  )
}
