import { formatSheetProblem } from '@core/sheets'
import { Dialog } from '../../../components/Dialog'
import { MappingDialog } from './MappingDialog'
import { downloadTemplate } from './save-exports'
import { useWorkbookImport, type WorkbookImportState } from './useWorkbookImport'
import './sheets.css'

/** The Library's workbook buttons: import a question bank from a spreadsheet, get the template. */
export function WorkbookActions() {
  const { state, start, map, close } = useWorkbookImport()
  const reading = state.step === 'reading'
  return (
    <div className="workbook-actions">
      <button
        type="button"
        className="button button--small"
        aria-busy={reading || undefined}
        disabled={reading}
        onClick={() => void start()}
      >
        {reading ? 'Reading workbook…' : 'Import workbook…'}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => void downloadTemplate()}
      >
        Download template
      </button>
      {state.step === 'mapping' && (
        <MappingDialog
          fileName={state.file.name}
          shapes={state.shapes}
          onMap={(mappings) => void map(mappings)}
          onCancel={close}
        />
      )}
      <NotImportedDialog state={state} onClose={close} />
    </div>
  )
}

/** Why nothing was created: the file refused as a whole, or every problem at its place. */
function NotImportedDialog({
  state,
  onClose,
}: {
  state: WorkbookImportState
  onClose: () => void
}) {
  const open = state.step === 'problems' || state.step === 'refused'
  return (
    <Dialog
      title="This workbook cannot be imported"
      open={open}
      onClose={onClose}
      className="dialog--workbook"
      footer={{ cancel: { label: 'Close', onClick: onClose } }}
    >
      {open && (
        <p>
          <strong>{state.fileName}</strong> was not imported, and nothing has changed.
          {state.step === 'problems' && ' Correct these in the workbook and import it again:'}
        </p>
      )}
      {state.step === 'refused' && (
        <p role="alert" className="pack-problem">
          {state.message}
        </p>
      )}
      {state.step === 'problems' && (
        <div role="alert">
          <ul className="workbook-problems">
            {state.problems.map((problem, i) => (
              <li key={i}>{formatSheetProblem(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'problems' && state.notes.length > 0 && (
        <ul className="muted">
          {state.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
