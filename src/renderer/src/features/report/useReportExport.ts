import { useEffect, useRef, useState } from 'react'
import type { Audit } from '@core/audit'
import { auditFileName } from '@core/findings'
import type { ReportOptions } from '@core/report/build/input'
import type { SaveResult } from '@shared/ipc-contract'
import { useDatabase } from '../../db/DatabaseContext'
import { saveSetting } from '../../db/repositories/settings'
import { reportOptionsSetting } from '../../db/settings/known-settings'
import { getBridge } from '../../platform/bridge'
import { JobCanceled } from '../../jobs/job-workers'
import { reportExportJob } from './report-export-job'
import { prepareReportWorker, reportWorkers } from './run-report-export'

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; step: string; done: number; total: number }
  | { phase: 'saved'; saved: Extract<SaveResult, { status: 'saved' }> }
  | { phase: 'failed'; message: string }

/** Runs one export at a time for an audit: remembers the options, saves the file, can cancel. */
export function useReportExport(audit: Audit) {
  const db = useDatabase()
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  const running = useRef<AbortController | undefined>(undefined)
  useEffect(() => {
    prepareReportWorker()
    return () => running.current?.abort()
  }, [])

  async function start(options: ReportOptions): Promise<void> {
    setState({ phase: 'running', step: 'Starting', done: 0, total: 1 })
    const canceling = new AbortController()
    try {
      await saveSetting(db, reportOptionsSetting, options)
      running.current = canceling
      const request = {
        auditId: audit.id,
        options,
        now: Date.now(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }
      const bytes = await reportWorkers.run(reportExportJob, request, {
        onProgress: ({ step, done, total }) => setState({ phase: 'running', step, done, total }),
        signal: canceling.signal,
      })
      const saved = await getBridge().saveFile({
        kind: 'report',
        defaultName: auditFileName(audit, options.title, 'docx'),
        bytes,
      })
      setState(saved.status === 'saved' ? { phase: 'saved', saved } : { phase: 'idle' })
    } catch (error) {
      if (error instanceof JobCanceled) return setState({ phase: 'idle' })
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) })
    } finally {
      running.current = undefined
    }
  }

  return {
    state,
    start,
    cancel: () => running.current?.abort(),
    reset: () => setState({ phase: 'idle' }),
  }
}
