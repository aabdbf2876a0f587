import { useId, useState, type FormEvent } from 'react'
import { parseEvidenceSnippet } from '@core/evidence'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { snippetInput, type CaptureInput } from './capture/capture-sources'

interface AddSnippetDialogProps {
  open: boolean
  onClose: () => void
  onAdd: (input: CaptureInput) => void
}

/** A text snippet as evidence: a config excerpt, a chat message, a policy paragraph. */
export function AddSnippetDialog({ open, onClose, onAdd }: AddSnippetDialogProps) {
  const id = useId()
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<{ title?: string; text?: string }>({})

  const close = () => {
    setTitle('')
    setText('')
    setErrors({})
    onClose()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = parseEvidenceSnippet(title, text)
    if (!result.ok) {
      setErrors({ [result.error.field]: result.error.message })
      document.getElementById(`${id}-${result.error.field}`)?.focus()
      return
    }
    onAdd(snippetInput(result.title, result.text))
    close()
  }

  return (
    <Dialog
      title="Add a text snippet"
      open={open}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="button button--primary">
            Add snippet
          </button>
        </>
      }
    >
      <form id={`${id}-form`} noValidate onSubmit={submit}>
        <Field
          id={`${id}-title`}
          label="Title"
          hint="Optional. Defaults to the first line of the text."
          error={errors.title}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={title}
              onChange={(e) => {
                setTitle(e.target.value)
                setErrors({})
              }}
            />
          )}
        </Field>
        <Field id={`${id}-text`} label="Text" required error={errors.text}>
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={8}
              value={text}
              onChange={(e) => {
                setText(e.target.value)
                setErrors({})
              }}
            />
          )}
        </Field>
      </form>
    </Dialog>
  )
}
