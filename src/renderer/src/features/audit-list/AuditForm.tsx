import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { Link } from 'wouter'
import type { AuditDraft, AuditDraftField, DraftErrors } from '@core/audit'
import type { Section } from '@core/content'
import { Field, FieldError } from '../../components/Field'
import { showError } from '../../components/toast-store'
import { firstInvalidField, validateAuditForm, type AuditFormValues } from './audit-form'

/** How the sections in scope are shown: chosen on a new audit, fixed once it exists. */
export type ScopeMode =
  | { kind: 'choose'; sections: readonly Section[] }
  | { kind: 'fixed'; sections: readonly Pick<Section, 'id' | 'number' | 'title'>[] }

interface AuditFormProps {
  initial: AuditFormValues
  scope: ScopeMode
  submitLabel: string
  /** A final audit: everything shown, nothing editable. */
  readOnly?: boolean
  onSubmit: (draft: AuditDraft) => Promise<void>
}

const CONTROL_IDS: Record<AuditDraftField, string> = {
  client: 'audit-client',
  system: 'audit-system',
  auditors: 'audit-auditors',
  firm: 'audit-firm',
  startDate: 'audit-start',
  sectionIds: 'audit-sections',
  contextNotes: 'audit-notes',
}

/**
 * The details of an audit. Validated on submit with the rules the repository relies on: each
 * message next to its field, focus on the first one, and nothing saved until all are right.
 */
export function AuditForm({ initial, scope, submitLabel, readOnly, onSubmit }: AuditFormProps) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<DraftErrors>({})
  const [saving, setSaving] = useState(false)
  const startDate = useRef<HTMLInputElement>(null)

  function change<K extends keyof AuditFormValues>(field: K, value: AuditFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (saving || readOnly) return
    const result = validateAuditForm(values, {
      startDateIncomplete: startDate.current?.validity.badInput ?? false,
    })
    if (!result.ok) {
      // Render the messages first, so the focused field is announced with its error.
      flushSync(() => setErrors(result.errors))
      const field = firstInvalidField(result.errors)
      if (field) focusControl(field)
      return
    }
    setErrors({})
    setSaving(true)
    try {
      await onSubmit(result.draft)
    } catch (error) {
      showError(error)
      setSaving(false)
    }
  }

  const text = (field: 'client' | 'system' | 'auditors' | 'firm', autoComplete = 'off') => ({
    className: 'input',
    type: 'text',
    autoComplete,
    value: values[field],
    onChange: (e: { target: { value: string } }) => change(field, e.target.value),
  })

  return (
    <form className="form audit-form" noValidate onSubmit={submit}>
      <fieldset className="form__fields" disabled={readOnly}>
        <p className="form__note muted">
          Fields marked <span aria-hidden="true">*</span>
          <span className="visually-hidden">with an asterisk</span> are required.
        </p>
        <Field id={CONTROL_IDS.client} label="Client organisation" required error={errors.client}>
          {(control) => <input {...control} {...text('client', 'organization')} />}
        </Field>
        <Field
          id={CONTROL_IDS.system}
          label="System or team audited"
          required
          error={errors.system}
        >
          {(control) => <input {...control} {...text('system')} />}
        </Field>
        <Field
          id={CONTROL_IDS.auditors}
          label="Auditors"
          required
          hint="Separate several names with commas."
          error={errors.auditors}
        >
          {(control) => <input {...control} {...text('auditors')} />}
        </Field>
        <Field id={CONTROL_IDS.firm} label="Firm" error={errors.firm}>
          {(control) => <input {...control} {...text('firm')} />}
        </Field>
        <Field id={CONTROL_IDS.startDate} label="Start date" required error={errors.startDate}>
          {(control) => (
            <input
              {...control}
              ref={startDate}
              className="input input--date"
              type="date"
              value={values.startDate}
              onChange={(e) => change('startDate', e.target.value)}
            />
          )}
        </Field>
        <ScopeField
          scope={scope}
          selected={values.sectionIds}
          error={errors.sectionIds}
          onChange={(ids) => change('sectionIds', ids)}
        />
        <Field
          id={CONTROL_IDS.contextNotes}
          label="Context notes"
          hint="Anything worth knowing before the interviews: who asked for the audit, what worries them, who you will meet."
          error={errors.contextNotes}
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={5}
              value={values.contextNotes}
              onChange={(e) => change('contextNotes', e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <div className="form__actions">
        {!readOnly && (
          <button type="submit" className="button button--primary" disabled={saving}>
            {submitLabel}
          </button>
        )}
        <Link href="/audits" className="button">
          {readOnly ? 'Back to audits' : 'Cancel'}
        </Link>
      </div>
    </form>
  )
}

function focusControl(field: AuditDraftField) {
  const element =
    field === 'sectionIds'
      ? document.querySelector<HTMLInputElement>(`#${CONTROL_IDS.sectionIds} input`)
      : document.getElementById(CONTROL_IDS[field])
  element?.focus()
}

interface ScopeFieldProps {
  scope: ScopeMode
  selected: readonly string[]
  error: string | undefined
  onChange: (ids: string[]) => void
}

function ScopeField({ scope, selected, error, onChange }: ScopeFieldProps) {
  const errorId = `${CONTROL_IDS.sectionIds}-error`
  const hintId = `${CONTROL_IDS.sectionIds}-hint`
  if (scope.kind === 'fixed') {
    return (
      <ScopeBox
        hint="Fixed when the audit was created, so its questions change only when you update it to a newer version."
        hintId={hintId}
      >
        <ul className="scope-list">
          {scope.sections.map((section) => (
            <li key={section.id}>
              Section {section.number} · {section.title}
            </li>
          ))}
        </ul>
      </ScopeBox>
    )
  }
  const toggle = (id: string, on: boolean) => {
    const chosen = new Set(selected)
    if (on) chosen.add(id)
    else chosen.delete(id)
    // Keep the library's order: it is the interview order.
    onChange(scope.sections.map((s) => s.id).filter((sid) => chosen.has(sid)))
  }
  return (
    <ScopeBox
      hint="Choose at least one. The questions are fixed when the audit is created."
      hintId={hintId}
      required
    >
      <div id={CONTROL_IDS.sectionIds} className="choices">
        {scope.sections.map((section) => (
          <label key={section.id} className="choice">
            <input
              type="checkbox"
              checked={selected.includes(section.id)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${errorId} ${hintId}` : hintId}
              onChange={(e) => toggle(section.id, e.target.checked)}
            />
            <span>
              Section {section.number} · {section.title}
              <span className="choice__hint">{section.summary}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </ScopeBox>
  )
}

function ScopeBox({
  hint,
  hintId,
  required = false,
  children,
}: {
  hint: string
  hintId: string
  required?: boolean
  children: ReactNode
}) {
  return (
    <fieldset className="field field--group">
      <legend className="field__label">
        Sections in scope
        {required && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {children}
    </fieldset>
  )
}
