import { useRef, useState, type ReactNode } from 'react'
import type { ReportEdition } from '@core/audit'
import type { ScanScope } from '../../db/queries/scan-targets'
import { Dialog } from '../../components/Dialog'
import { showError } from '../../components/toast-store'
import { SecretScanPanel } from './SecretScanPanel'
import { useSecretScan } from './useSecretScan'

/**
 * The check for secrets in front of an export that has no dialog of its own (the PDF, the action
 * plan): `run` goes straight on for a clean audit or the internal edition; otherwise it shows the
 * hits in a dialog and goes on when the consultant continues.
 */
export function useSecretScanGate(auditId: string): {
  run: (edition: ReportEdition, what: ScanScope, proceed: () => Promise<void>) => Promise<void>
  dialog: ReactNode
} {
  const scan = useSecretScan(auditId)
  const pending = useRef<(() => Promise<void>) | undefined>(undefined)
  const [open, setOpen] = useState(false)
  const { state } = scan

  async function run(
    edition: ReportEdition,
    what: ScanScope,
    proceed: () => Promise<void>,
  ): Promise<void> {
    if (edition !== 'client' || (await scan.check(what))) return proceed()
    pending.current = proceed
    setOpen(true)
  }

  const close = () => {
    pending.current = undefined
    setOpen(false)
    scan.reset()
  }
  const continueExport = () => {
    const proceed = pending.current
    close()
    void proceed?.().catch(showError)
  }
  const undecided = state.phase === 'hits' && state.rows.some((row) => !row.kept)

  const dialog = (
    <Dialog
      title="Check for secrets"
      open={open && (state.phase === 'hits' || state.phase === 'failed')}
      onClose={close}
      className="dialog--secret-scan"
      footer={{
        cancel: { label: 'Cancel', onClick: close },
        primary: {
          label: 'Continue export',
          disabled: state.phase !== 'hits' || undecided || state.busy,
          onClick: continueExport,
        },
      }}
    >
      {state.phase === 'hits' ? (
        <SecretScanPanel
          rows={state.rows}
          choices={state.choices}
          busy={state.busy}
          onAct={scan.act}
          onChoose={scan.choose}
        />
      ) : state.phase === 'failed' ? (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      ) : null}
    </Dialog>
  )
  return { run, dialog }
}
