import { showError } from '../../components/toast-store'
import type { ScanChoices } from './run-secret-scan'
import type { ScanAction, ScanRow } from './useSecretScan'
import './secret-scan.css'

interface SecretScanPanelProps {
  rows: ScanRow[]
  choices: ScanChoices
  busy: boolean
  onAct: (row: ScanRow, action: ScanAction) => Promise<void>
  onChoose: (choices: ScanChoices) => Promise<void>
}

/**
 * What the check found before a client export: each hit with where it is, what it looks like and
 * a masked excerpt, and the three things to do about it.
 */
export function SecretScanPanel({ rows, choices, busy, onAct, onChoose }: SecretScanPanelProps) {
  const open = rows.filter((r) => !r.kept).length
  return (
    <div className="secret-scan">
      <p role="status">
        {rows.length === 0
          ? 'Nothing that looks like a secret is left.'
          : open === 0
            ? 'Every item has been dealt with.'
            : `${open} ${open === 1 ? 'thing looks' : 'things look'} like a secret or personal data in what the client will receive.`}
      </p>
      <fieldset className="secret-scan__options">
        <legend className="field__label">Also look for</legend>
        <label className="export-options__choice">
          <input
            type="checkbox"
            checked={choices.emails}
            onChange={(e) =>
              void onChoose({ ...choices, emails: e.target.checked }).catch(showError)
            }
          />
          E-mail addresses
        </label>
        <label className="export-options__choice">
          <input
            type="checkbox"
            checked={choices.phones}
            onChange={(e) =>
              void onChoose({ ...choices, phones: e.target.checked }).catch(showError)
            }
          />
          Phone numbers
        </label>
      </fieldset>
      <ul className="secret-scan__list" aria-label="What was found" aria-busy={busy}>
        {rows.map((row, i) => (
          <HitRow key={row.key} row={row} id={`secret-hit-${i}`} busy={busy} onAct={onAct} />
        ))}
      </ul>
    </div>
  )
}

const REDACT_TITLES: Record<ScanRow['target']['kind'], string> = {
  notes: 'Mask it in the notes',
  caption: 'Mask it in the caption',
  evidence: 'Keep a redacted version beside the original',
}

function HitRow(props: {
  row: ScanRow
  id: string
  busy: boolean
  onAct: (row: ScanRow, action: ScanAction) => Promise<void>
}) {
  const { row, id, busy, onAct } = props
  const act = (action: ScanAction) => void onAct(row, action).catch(showError)
  const { kind } = row.target
  return (
    <li className="secret-scan__hit" aria-labelledby={`${id}-rule ${id}-where`}>
      <span className="secret-scan__rule" id={`${id}-rule`}>
        {row.hit.rule}
      </span>
      <span className="secret-scan__where" id={`${id}-where`}>
        {row.target.where}
      </span>
      <code className="secret-scan__excerpt">{row.hit.excerpt}</code>
      {row.kept ? (
        <span className="tag tag--note">Kept in this export</span>
      ) : (
        <span className="secret-scan__actions">
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            aria-describedby={`${id}-rule ${id}-where`}
            title={REDACT_TITLES[kind]}
            onClick={() => act('redact')}
          >
            Redact
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            aria-describedby={`${id}-rule ${id}-where`}
            title={kind === 'notes' ? 'Make these notes internal' : 'Make this item internal'}
            onClick={() => act('internal')}
          >
            Mark internal
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            aria-describedby={`${id}-rule ${id}-where`}
            onClick={() => act('keep')}
          >
            Keep
          </button>
        </span>
      )}
    </li>
  )
}
