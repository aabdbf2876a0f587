import { useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react'
import { Dialog } from '../../components/Dialog'
import type { CaptureInput } from './capture/capture-sources'

/** What a field of the form needs: its id and error for `Field`, its value and change for the control. */
export interface EvidenceFormFields<F extends string> {
  id: (field: F) => string
  error: (field: F) => string | undefined
  bind: (field: F) => {
    value: string
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void
  }
}

/** The evidence the values make, or the field to correct and why. */
export type EvidenceFormResult<F extends string> =
  { ok: true; input: CaptureInput } | { ok: false; error: { field: F; message: string } }

interface EvidenceFormDialogProps<F extends string> {
  title: string
  submitLabel: string
  open: boolean
  onClose: () => void
  onAdd: (input: CaptureInput) => void
  /** Every field, empty: the form starts so and is emptied again on close. */
  empty: Record<F, string>
  parse: (values: Record<F, string>) => EvidenceFormResult<F>
  children: (fields: EvidenceFormFields<F>) => ReactNode
}

/**
 * A dialog that adds one piece of typed-in evidence (a link, a snippet): its fields, Cancel and
 * the add button. An error shows under its field, which takes focus; typing clears it.
 */
export function EvidenceFormDialog<F extends string>(props: EvidenceFormDialogProps<F>) {
  const { title, submitLabel, open, onClose, onAdd, empty, parse, children } = props
  const id = useId()
  const [values, setValues] = useState(empty)
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({})
  const fieldId = (field: F) => `${id}-${field}`

  const close = () => {
    setValues(empty)
    setErrors({})
    onClose()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = parse(values)
    if (!result.ok) {
      setErrors({ [result.error.field]: result.error.message } as Partial<Record<F, string>>)
      document.getElementById(fieldId(result.error.field))?.focus()
      return
    }
    onAdd(result.input)
    close()
  }
  const fields: EvidenceFormFields<F> = {
    id: fieldId,
    error: (field) => errors[field],
    bind: (field) => ({
      value: values[field],
      onChange: (event) => {
        const value = event.target.value
        setValues((current) => ({ ...current, [field]: value }))
        setErrors({})
      },
    }),
  }

  return (
    <Dialog
      title={title}
      open={open}
      onClose={close}
      footer={{
        cancel: { label: 'Cancel', onClick: close },
        primary: { label: submitLabel, form: `${id}-form` },
      }}
    >
      <form id={`${id}-form`} noValidate onSubmit={submit}>
        {children(fields)}
      </form>
    </Dialog>
  )
}
