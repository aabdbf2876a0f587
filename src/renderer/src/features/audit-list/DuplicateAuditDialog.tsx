import { useRef, useState, type FormEvent } from 'react'
import { isCalendarDate, type Audit } from '@core/audit'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { todayIso } from '../../components/format'
import { useDatabase } from '../../db/DatabaseContext'
import { duplicateAuditById } from '../../db/repositories/audits'
import { showError } from '../../components/toast-store'
import { START_DATE_MESSAGES } from './audit-form'
import type { AuditSummary } from './audit-list'

const FORM_ID = 'duplicate-audit-form'

interface DuplicateAuditDialogProps {
  target: AuditSummary | undefined
  /** Changes every time the dialog opens, so the form starts afresh. */
  openCount: number
  onCancel: () => void
  onCreated: (copy: Audit) => void
}

/** A re-assessment: asks when it starts and whether to carry the previous answers over. */
export function DuplicateAuditDialog({
  target,
  openCount,
  onCancel,
  onCreated,
}: DuplicateAuditDialogProps) {
  return (
    <Dialog
      title={target ? `Re-assess ${target.audit.client}` : 'Re-assess audit'}
      open={target !== undefined}
      onClose={onCancel}
      footer={{
        cancel: { label: 'Cancel', onClick: onCancel },
        primary: { label: 'Create re-assessment', form: FORM_ID },
      }}
    >
      {target && <DuplicateForm key={openCount} summary={target} onCreated={onCreated} />}
    </Dialog>
  )
}

function DuplicateForm({
  summary: { audit },
  onCreated,
}: {
  summary: AuditSummary
  onCreated: (copy: Audit) => void
}) {
  const db = useDatabase()
  const [startDate, setStartDate] = useState(() => todayIso())
  const [carryAnswers, setCarryAnswers] = useState(true)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const dateInput = useRef<HTMLInputElement>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const problem = dateInput.current?.validity.badInput
      ? START_DATE_MESSAGES.incomplete
      : isCalendarDate(startDate)
        ? undefined
        : START_DATE_MESSAGES.empty
    setError(problem)
    if (problem) {
      dateInput.current?.focus()
      return
    }
    setBusy(true)
    try {
      onCreated(await duplicateAuditById(db, audit.id, { carryAnswers, startDate }))
    } catch (err) {
      showError(err)
      setBusy(false)
    }
  }

  return (
    <form id={FORM_ID} className="form" noValidate onSubmit={submit}>
      <p>
        A new audit of <strong>{audit.system}</strong> at <strong>{audit.client}</strong>, with the
        same auditors, sections and context notes, linked to this one.
      </p>
      <Field id="duplicate-start" label="Start date" required error={error}>
        {(control) => (
          <input
            {...control}
            ref={dateInput}
            className="input input--date"
            type="date"
            value={startDate}
            onChange={(e) => {
              setStartDate(e.target.value)
              setError(undefined)
            }}
          />
        )}
      </Field>
      <fieldset className="choices">
        <legend className="field__label">Answers</legend>
        <label className="choice">
          <input
            type="radio"
            name="duplicate-answers"
            checked={carryAnswers}
            onChange={() => setCarryAnswers(true)}
          />
          <span>
            Start with the previous answers (marked as carried over)
            <span className="choice__hint">
              Ratings, notes and the preparation checklist are copied. Each answer stays marked as
              carried over until you change it.
            </span>
          </span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="duplicate-answers"
            checked={!carryAnswers}
            onChange={() => setCarryAnswers(false)}
          />
          <span>Start empty</span>
        </label>
      </fieldset>
    </form>
  )
}
