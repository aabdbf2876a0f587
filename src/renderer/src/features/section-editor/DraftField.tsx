import { useEffect, useState } from 'react'
import { Field } from '../../components/Field'
import { useProblemAt } from './editor-context'
import { fieldDomId } from './field-ids'

interface TextFieldProps {
  /** The draft path the field edits, as problems name it: `section.checks.0.title`. */
  field: string
  label: string
  value: string
  onChange(value: string): void
  multiline?: boolean
  hint?: string
}

/** A text field of the draft, with the draft's problem about it shown right under it. */
export function DraftTextField({ field, label, value, onChange, multiline, hint }: TextFieldProps) {
  const error = useProblemAt(field)
  return (
    <Field id={fieldDomId(field)} label={label} error={error} hint={hint}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            className="input"
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  )
}

interface NumberFieldProps {
  field: string
  label: string
  value: number
  onChange(value: number): void
  min?: number
  max?: number
  step?: number
  hint?: string
}

/**
 * A number of the draft. What is typed is kept as text until it reads as a number, so clearing
 * the box to type another never puts a non-number in the draft.
 */
export function DraftNumberField({
  field,
  label,
  value,
  onChange,
  hint,
  ...range
}: NumberFieldProps) {
  const error = useProblemAt(field)
  const [text, setText] = useState(String(value))
  // An undo or redo changes the number from outside: show it.
  useEffect(() => {
    setText((typed) => (Number(typed) === value && typed.trim() !== '' ? typed : String(value)))
  }, [value])
  return (
    <Field id={fieldDomId(field)} label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...control}
          className="input input--number"
          type="number"
          inputMode="decimal"
          {...range}
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            const number = e.target.valueAsNumber
            if (e.target.value.trim() !== '' && Number.isFinite(number)) onChange(number)
          }}
        />
      )}
    </Field>
  )
}

/** A problem about a whole item or list (a ladder with no outcome), under its heading. */
export function ItemProblem({ field }: { field: string }) {
  const error = useProblemAt(field)
  if (!error) return null
  return (
    <p id={`${fieldDomId(field)}-error`} className="field__error">
      {error}
    </p>
  )
}
