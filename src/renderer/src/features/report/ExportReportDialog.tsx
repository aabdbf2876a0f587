import { useEffect, useState } from 'react'
import { EDITION_CHOICES, REPORT_EDITIONS, type Audit } from '@core/audit'
import type { ReportOptions } from '@core/report/build/input'
import { Dialog } from '../../components/Dialog'
import { formatByteSize } from '@core/text/byte-size'
import { ProgressTrack } from '../../components/ProgressTrack'
import { useDatabase } from '../../db/DatabaseContext'
import { loadSetting } from '../../db/queries/settings'
import { reportOptionsSetting } from '../../db/settings/known-settings'
import { getBridge } from '../../platform/bridge'
import { SecretScanPanel } from '../secret-scan/SecretScanPanel'
import { OpenConflictsNotice } from '../team-conflicts/OpenConflictsNotice'
import { useSecretScan } from '../secret-scan/useSecretScan'
import { useReportExport } from './useReportExport'
import './report.css'

interface ExportReportDialogProps {
  audit: Audit
  open: boolean
  onClose: () => void
}

/** Export report: the options, then progress with cancel, then Open and Show in folder. */
export function ExportReportDialog({ audit, open, onClose }: ExportReportDialogProps) {
  const db = useDatabase()
  const [options, setOptions] = useState<ReportOptions | undefined>(undefined)
  const exporter = useReportExport(audit)
  const { state } = exporter
  const scan = useSecretScan(audit.id)
  const scanState = scan.state
  const [runtime, setRuntime] = useState<'electron' | 'browser'>('browser')

  useEffect(() => {
    if (!open) return
    void loadSetting(db, reportOptionsSetting).then(setOptions)
    void getBridge()
      .appInfo()
      .then((info) => setRuntime(info.runtime))
  }, [db, open])

  const close = () => {
    exporter.cancel()
    exporter.reset()
    scan.reset()
    onClose()
  }
  // The client edition is checked for secrets first; a clean audit goes straight to the export.
  const exportChecked = async (chosen: ReportOptions) => {
    if (
      chosen.edition === 'client' &&
      !(await scan.check({ notes: chosen.includeNotes, evidence: true }))
    )
      return
    await exporter.start(chosen)
  }
  const continueExport = (chosen: ReportOptions) => {
    scan.reset()
    void exporter.start(chosen)
  }
  const undecided = scanState.phase === 'hits' && scanState.rows.some((row) => !row.kept)
  const set = (patch: Partial<ReportOptions>) => setOptions((o) => (o ? { ...o, ...patch } : o))
  const titleMissing = options !== undefined && options.title.trim() === ''

  return (
    <Dialog
      title="Export report"
      open={open}
      onClose={close}
      {...(scanState.phase === 'hits' ? { className: 'dialog--secret-scan' } : {})}
      footer={
        state.phase === 'running'
          ? { cancel: { label: 'Cancel export', onClick: () => exporter.cancel() } }
          : state.phase === 'saved'
            ? {
                extra: runtime === 'electron' && (
                  <>
                    <button
                      type="button"
                      className="button"
                      onClick={() => void getBridge().showInFolder({ path: state.saved.path })}
                    >
                      Show in folder
                    </button>
                    {state.saved.canOpen && (
                      <button
                        type="button"
                        className="button"
                        onClick={() => void getBridge().openPath({ path: state.saved.path })}
                      >
                        Open
                      </button>
                    )}
                  </>
                ),
                primary: { label: 'Done', onClick: close },
              }
            : scanState.phase === 'hits'
              ? {
                  cancel: { label: 'Back', onClick: () => scan.reset() },
                  primary: {
                    label: 'Continue export',
                    disabled: !options || undecided || scanState.busy,
                    onClick: () => options && continueExport(options),
                  },
                }
              : {
                  cancel: { label: 'Close', onClick: close },
                  primary: {
                    label: scanState.phase === 'scanning' ? 'Checking for secrets…' : 'Export',
                    disabled: !options || titleMissing || scanState.phase === 'scanning',
                    onClick: () => options && void exportChecked(options),
                  },
                }
      }
    >
      {scanState.phase === 'hits' ? (
        <SecretScanPanel
          rows={scanState.rows}
          choices={scanState.choices}
          busy={scanState.busy}
          onAct={scan.act}
          onChoose={scan.choose}
        />
      ) : state.phase === 'running' ? (
        <ExportProgress {...state} />
      ) : state.phase === 'saved' ? (
        <p role="status">
          {runtime === 'electron'
            ? `The report was saved as ${state.saved.name}.`
            : `The report was downloaded as ${state.saved.name}.`}
        </p>
      ) : options ? (
        <>
          {state.phase === 'idle' && state.message && <p role="status">{state.message}</p>}
          <OpenConflictsNotice auditId={audit.id} what="report" />
          <ExportOptionsForm options={options} onChange={set} titleMissing={titleMissing} />
        </>
      ) : null}
      {state.phase === 'failed' && (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      )}
      {scanState.phase === 'failed' && (
        <p className="field__error" role="alert">
          {scanState.message}
        </p>
      )}
    </Dialog>
  )
}

function ExportProgress(props: { step: string; done: number; total: number; written: number }) {
  const { step, done, total, written } = props
  return (
    <div className="export-progress">
      <p role="status">
        {step}
        {total > 1 ? ` (${done} of ${total})` : ''}…
      </p>
      <ProgressTrack label={step} value={total > 0 ? done : 0} max={total > 0 ? total : 1} />
      {/* The file is written as it is made: what is on disk so far (its size is known at the end). */}
      <p className="field__hint">{formatByteSize(written)} written</p>
    </div>
  )
}

function ExportOptionsForm(props: {
  options: ReportOptions
  onChange: (patch: Partial<ReportOptions>) => void
  titleMissing: boolean
}) {
  const { options, onChange, titleMissing } = props
  return (
    <div className="export-options">
      <div className="field">
        <label className="field__label" htmlFor="report-title">
          Report title
        </label>
        <input
          id="report-title"
          className="input"
          value={options.title}
          aria-invalid={titleMissing}
          aria-describedby={titleMissing ? 'report-title-error' : undefined}
          onChange={(e) => onChange({ title: e.target.value })}
        />
        {titleMissing && (
          <span id="report-title-error" className="field__error">
            Give the report a title.
          </span>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor="report-marking">
          Confidentiality marking
        </label>
        <input
          id="report-marking"
          className="input"
          value={options.marking}
          onChange={(e) => onChange({ marking: e.target.value })}
        />
      </div>
      <fieldset className="export-options__choices">
        <legend className="field__label">Edition</legend>
        {REPORT_EDITIONS.map((edition) => (
          <label key={edition} className="export-options__edition">
            <input
              type="radio"
              name="report-edition"
              value={edition}
              checked={options.edition === edition}
              aria-describedby={`report-edition-${edition}`}
              onChange={() => onChange({ edition })}
            />
            <span>
              <span className="export-options__edition-name">{EDITION_CHOICES[edition].label}</span>
              <span id={`report-edition-${edition}`} className="field__hint">
                {EDITION_CHOICES[edition].includes}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-options__choices">
        <legend className="field__label">Include</legend>
        <Choice
          label="Interview notes"
          checked={options.includeNotes}
          onChange={(v) => onChange({ includeNotes: v })}
        />
        <Choice
          label="Evidence appendix (captions, files, SHA-256)"
          checked={options.includeEvidenceAppendix}
          onChange={(v) => onChange({ includeEvidenceAppendix: v })}
        />
        <Choice
          label="Images in the appendix"
          checked={options.embedImages && options.includeEvidenceAppendix}
          disabled={!options.includeEvidenceAppendix}
          onChange={(v) => onChange({ embedImages: v })}
        />
      </fieldset>
    </div>
  )
}

function Choice(props: {
  label: string
  checked: boolean
  disabled?: boolean
  onChange: (v: boolean) => void
}) {
  return (
    <label className="export-options__choice">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  )
}
