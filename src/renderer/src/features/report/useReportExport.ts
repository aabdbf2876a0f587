import { useEffect, useRef, useState } from 'react'
import type { Audit } from '@core/audit'
import { auditFileName } from '@core/findings'
import type { ReportOptions } from '@core/report/build/input'
import type { SaveResult } from '@shared/ipc-contract'
import { useDatabase } from '../../db/DatabaseContext'
import { saveSetting } from '../../db/repositories/settings'
import { reportOptionsSetting } from '../../db/settings/known-settings'
import { getBridge } from '../../platform/bridge'
import { saveStreamed } from '../../platform/save-streamed'
import { JobCanceled } from '../../jobs/job-workers'
import { prepareReportWorker, runReportExport } from './run-report-export'

export type ExportState =
  | { phase: 'idle'; message?: string }
  | { phase: 'running'; step: string; done: number; total: number; written: number }
  | { phase: 'saved'; saved: Extract<SaveResult, { status: 'saved' }> }
  | { phase: 'failed'; message: string }

/** What the dialog says after Cancel: the streamed save was aborted and its file deleted. */
export const EXPORT_CANCELED = 'Export canceled. Nothing was saved.'

/**
 * Runs one export at a time for an audit: remembers the options, asks where to save, then has
 * the report worker write the file there as it makes it (never whole in memory); can cancel,
 * which leaves no file behind.
 */
export function useReportExport(audit: Audit) {
  const db = useDatabase()
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  const running = useRef<AbortController | undefined>(undefined)
  useEffect(() => {
    prepareReportWorker()
    return () => running.current?.abort()
  }, [])

  async function start(options: ReportOptions): Promise<void> {
    setState({ phase: 'running', step: 'Starting', done: 0, total: 1, written: 0 })
    const canceling = new AbortController()
    // The step and the bytes come from two places (the worker, the save): each keeps the other.
    let step = { step: 'Starting', done: 0, total: 1 }
    let written = 0
    const show = () => {
      if (!canceling.signal.aborted) setState({ phase: 'running', ...step, written })
    }
    try {
      await saveSetting(db, reportOptionsSetting, options)
      running.current = canceling
      const request = {
        auditId: audit.id,
        options,
        now: Date.now(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }
      const saved = await saveStreamed(
        getBridge(),
        { kind: 'report', defaultName: auditFileName(audit, options.title, 'docx') },
        (output) =>
          runReportExport(request, output, {
            onProgress: (progress) => {
              step = progress
              show()
            },
            signal: canceling.signal,
          }),
        {
          onWritten: (bytes) => {
            written = bytes
            show()
          },
          signal: canceling.signal,
        },
      )
      setState(saved.status === 'saved' ? { phase: 'saved', saved } : { phase: 'idle' })
    } catch (error) {
      // Unless the dialog was closed meanwhile (and reset): then there is no one to tell.
      if (error instanceof JobCanceled || canceling.signal.aborted)
        return setState((now) =>
          now.phase === 'running' ? { phase: 'idle', message: EXPORT_CANCELED } : now,
        )
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
