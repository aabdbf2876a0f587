import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import { isCalendarDate } from '@core/audit'
import {
  FINDING_STATUS_LABELS,
  FINDING_TEXT_LIMITS,
  FINDING_STATUSES,
  SEVERITIES,
  SEVERITY_LABELS,
  type Finding,
  type FindingStatus,
  type Severity,
} from '@core/findings'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { useDatabase } from '../../db/DatabaseContext'
import { saveFindingEdit } from '../../db/repositories/findings'
import { showError } from '../../components/toast-store'

const FORM_ID = 'edit-finding-form'

interface EditFindingDialogProps {
  finding: Finding
  onClose: () => void
}

/**
 * Edits everything about a finding but whether it exists. The title, gap, recommendation and
 * severity start from what was derived; "Reset to derived" puts the derived value back, and a
 * field left equal to it keeps following the content and the notes.
 */
export function EditFindingDialog({ finding, onClose }: EditFindingDialogProps) {
  return (
    <Dialog
      title={`Edit finding ${finding.id}`}
      open
      onClose={onClose}
      footer={{
        cancel: { label: 'Cancel', onClick: onClose },
        primary: { label: 'Save finding', form: FORM_ID },
      }}
    >
      <EditFindingForm finding={finding} onSaved={onClose} />
    </Dialog>
  )
}

interface FormValues {
  title: string
  gap: string
  recommendation: string
  severity: Severity
  owner: string
  dueDate: string
  status: FindingStatus
}

function EditFindingForm({ finding, onSaved }: { finding: Finding; onSaved: () => void }) {
  const db = useDatabase()
  const [values, setValues] = useState<FormValues>(() => ({
    title: finding.title,
    gap: finding.gap,
    recommendation: finding.recommendation,
    severity: finding.severity,
    owner: finding.owner,
    dueDate: finding.dueDate,
    status: finding.status,
  }))
  const [dateError, setDateError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const dateInput = useRef<HTMLInputElement>(null)
  const { derived } = finding
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }))

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const problem = dateInput.current?.validity.badInput
      ? 'Finish the due date, or clear it.'
      : values.dueDate === '' || isCalendarDate(values.dueDate)
        ? undefined
        : 'Enter the due date as a real date, like 2027-01-31, or leave it empty.'
    setDateError(problem)
    if (problem) {
      dateInput.current?.focus()
      return
    }
    // A text left equal to its derived value is stored as "derived", so it keeps following the
    // content and the notes.
    const text = (key: 'title' | 'gap' | 'recommendation') =>
      values[key].trim() === derived[key].trim() ? null : values[key]
    setBusy(true)
    try {
      await saveFindingEdit(
        db,
        { auditId: finding.auditId, sectionId: finding.sectionId, questionId: finding.questionId },
        {
          title: text('title'),
          gap: text('gap'),
          recommendation: text('recommendation'),
          severity: values.severity === derived.severity ? null : values.severity,
          owner: values.owner,
          dueDate: values.dueDate,
          status: values.status,
        },
      )
      onSaved()
    } catch (error) {
      showError(error)
      setBusy(false)
    }
  }

  const reset = (key: 'title' | 'gap' | 'recommendation' | 'severity', label: string): ReactNode =>
    String(values[key]).trim() === String(derived[key]).trim() ? (
      <span className="finding-form__derived">Derived</span>
    ) : (
      <button
        type="button"
        className="button button--link finding-form__reset"
        onClick={() => set(key, derived[key] as never)}
      >
        Reset {label} to derived
      </button>
    )

  return (
    <form id={FORM_ID} className="finding-form" noValidate onSubmit={submit}>
      <p className="finding-form__question">
        <span className="muted">
          {finding.sectionNumber} · {finding.sectionTitle} › {finding.checkTitle}
        </span>
        <br />
        {finding.prompt}
      </p>
      <fieldset className="finding-form__group finding-form__tracking">
        <legend className="finding-form__legend">Tracking</legend>
        <Field id="finding-owner" label="Owner">
          {(control) => (
            <input
              {...control}
              className="input"
              value={values.owner}
              maxLength={FINDING_TEXT_LIMITS.owner}
              placeholder="A person or role at the client"
              onChange={(e) => set('owner', e.target.value)}
            />
          )}
        </Field>
        <Field id="finding-due" label="Due date" error={dateError}>
          {(control) => (
            <input
              {...control}
              ref={dateInput}
              className="input input--date"
              type="date"
              value={values.dueDate}
              onChange={(e) => {
                set('dueDate', e.target.value)
                setDateError(undefined)
              }}
            />
          )}
        </Field>
        <Field id="finding-status" label="Status">
          {(control) => (
            <select
              {...control}
              className="input select"
              value={values.status}
              onChange={(e) => set('status', e.target.value as FindingStatus)}
            >
              {FINDING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {FINDING_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="finding-form__group finding-form__texts">
        <legend className="finding-form__legend">The finding</legend>
        <Field id="finding-title" label="Title">
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={2}
              value={values.title}
              maxLength={FINDING_TEXT_LIMITS.title}
              // A title is one line, however long: a pasted line break becomes a space.
              onChange={(e) => set('title', e.target.value.replace(/\s*\n\s*/g, ' '))}
            />
          )}
        </Field>
        {reset('title', 'title')}
        <Field id="finding-gap" label="Gap observed" hint="From the answer's notes unless edited.">
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={4}
              value={values.gap}
              onChange={(e) => set('gap', e.target.value)}
            />
          )}
        </Field>
        {reset('gap', 'gap')}
        <Field
          id="finding-recommendation"
          label="Recommendation"
          hint="From the question's guidance unless edited."
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={4}
              value={values.recommendation}
              onChange={(e) => set('recommendation', e.target.value)}
            />
          )}
        </Field>
        {reset('recommendation', 'recommendation')}
        <Field
          id="finding-severity"
          label="Severity"
          hint={`Derived: ${SEVERITY_LABELS[derived.severity]}, from the outcome's place on the ladder (${finding.outcomeLevel} · ${finding.outcomeName}), the rating and the question's weight.`}
        >
          {(control) => (
            <select
              {...control}
              className="input select"
              value={values.severity}
              onChange={(e) => set('severity', e.target.value as Severity)}
            >
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABELS[s]}
                  {s === derived.severity ? ' (derived)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        {reset('severity', 'severity')}
      </fieldset>
    </form>
  )
}
