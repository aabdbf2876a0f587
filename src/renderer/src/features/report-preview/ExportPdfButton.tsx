import { useState } from 'react'
import type { Audit } from '@core/audit'
import { auditFileName } from '@core/findings'
import { buildReportModel } from '@core/report/build'
import type { ReportOptions } from '@core/report/build/input'
import { showError, useToasts } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { loadSetting } from '../../db/queries/settings'
import { reportOptionsSetting } from '../../db/settings/known-settings'
import { getBridge } from '../../platform/bridge'
import { loadReportInput } from '../report/load-report-input'
import { useSecretScanGate } from '../secret-scan/useSecretScanGate'

/**
 * Export PDF: the preview, printed. The desktop app prints the print view in a hidden window and
 * asks where to save; a browser opens the print view, which opens the print dialog.
 */
export function ExportPdfButton({ audit }: { audit: Audit }) {
  const db = useDatabase()
  const [busy, setBusy] = useState(false)
  const secretScan = useSecretScanGate(audit.id)

  async function exportPdf(): Promise<void> {
    setBusy(true)
    try {
      const options = await loadSetting(db, reportOptionsSetting)
      await secretScan.run(options.edition, { notes: options.includeNotes, evidence: true }, () =>
        printPdf(options),
      )
    } catch (error) {
      showError(error)
    } finally {
      setBusy(false)
    }
  }

  async function printPdf(options: ReportOptions): Promise<void> {
    // The paper is the model's (A4, or the firm's template's), as the print view lays it out.
    const clock = { now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }
    const { page } = buildReportModel(await loadReportInput(db, audit.id, options, clock))
    const result = await getBridge().exportReportPdf({
      auditId: audit.id,
      defaultName: auditFileName(audit, options.title, 'pdf'),
      page: { width: page.width, height: page.height },
    })
    if (result.status === 'saved') {
      useToasts.getState().show({
        message: `The report was saved as ${result.name}.`,
        tone: 'info',
        ...(result.canOpen
          ? {
              action: {
                label: 'Open',
                run: async () => void (await getBridge().openPath({ path: result.path })),
              },
            }
          : {}),
      })
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void exportPdf()}>
        {busy ? 'Exporting PDF…' : 'Export PDF'}
      </button>
      {secretScan.dialog}
    </>
  )
}
