import type { ReactNode } from 'react'

/** The attributes that tie a control to its label, hint and error message. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
  'aria-required': true | undefined
}

interface FieldProps {
  id: string
  label: string
  required?: boolean
  hint?: string
  error?: string
  children: (control: FieldControlProps) => ReactNode
}

/**
 * A labelled form control with an optional hint and an error shown right under it. The control
 * is rendered by `children`, which receives the ids and ARIA state to spread onto it.
 */
export function Field({ id, label, required = false, hint, error, children }: FieldProps) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {required && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        'aria-required': required ? true : undefined,
      })}
      <FieldError id={errorId} message={error} />
    </div>
  )
}

/** An error message next to a control; renders nothing when there is no error. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="field__error">
      {message}
    </p>
  )
}
